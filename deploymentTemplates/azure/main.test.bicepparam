// A test environment: one small instance, Redis without replication, the free bot SKU.
// Secrets come from the environment of the shell that deploys (never from a file in the repository).
using 'main.bicep'

param environmentName = 'test'
param appServiceSku = 'B1'
param appServiceInstanceCount = 1
param redisSku = 'Balanced_B0'
param redisHighAvailability = false
param botSku = 'F0'
param keyVaultPurgeProtection = false
param qdrantEndpoint = readEnvironmentVariable('QDRANT_ENDPOINT')
param qdrantApiKey = readEnvironmentVariable('QDRANT_API_KEY', '')
param directLineTokenSigningKey = readEnvironmentVariable('DIRECTLINE_TOKEN_SIGNING_KEY')
param profilesAdminApiKey = readEnvironmentVariable('PROFILES_ADMIN_API_KEY', '')
