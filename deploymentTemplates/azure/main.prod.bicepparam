// Production: two or more instances on a premium plan, replicated Redis, the standard bot SKU, purge protection.
// Secrets come from the environment of the shell that deploys (never from a file in the repository).
using 'main.bicep'

param environmentName = 'prod'
param appServiceSku = 'P1v3'
param appServiceInstanceCount = 2
param redisSku = 'Balanced_B5'
param redisHighAvailability = true
param botSku = 'S1'
param keyVaultPurgeProtection = true
param logRetentionInDays = 90
param qdrantEndpoint = readEnvironmentVariable('QDRANT_ENDPOINT')
param qdrantApiKey = readEnvironmentVariable('QDRANT_API_KEY')
param directLineTokenSigningKey = readEnvironmentVariable('DIRECTLINE_TOKEN_SIGNING_KEY')
param profilesAdminApiKey = readEnvironmentVariable('PROFILES_ADMIN_API_KEY', '')
param handoffWebhookUrl = readEnvironmentVariable('HANDOFF_WEBHOOK_URL', '')
