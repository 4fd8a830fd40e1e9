// EcomBot on Azure: the bot on App Service (Linux) as a managed identity, the Azure Bot with Teams and Direct Line,
// Azure Managed Redis with persistence, Key Vault for secrets, Application Insights. Qdrant is not deployed here:
// name a Qdrant Cloud cluster or one you run (on block storage; Qdrant must not run on a network file share).
// Compiled to main.json beside this file (bicep build main.bicep); the tests check that main.json is current.
targetScope = 'resourceGroup'

@description('Short name of the environment, used in resource names and tags.')
@allowed(['test', 'prod'])
param environmentName string

@description('Prefix of every resource name.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'ecombot'

param location string = resourceGroup().location

@description('App Service plan SKU (Linux), e.g. B1 for a test environment, P1v3 for production.')
param appServiceSku string

@description('App Service instances. Every instance serves any conversation: state lives in Redis.')
@minValue(1)
@maxValue(30)
param appServiceInstanceCount int

@description('Azure Managed Redis SKU, e.g. Balanced_B0 (test) or Balanced_B5 (production).')
param redisSku string

@description('Replicate Redis across two nodes (production). Off saves cost in a test environment.')
param redisHighAvailability bool

@description('EnterpriseCluster: one endpoint for any client. OSSCluster: the client talks to each shard (StackExchange.Redis handles it; the bot keeps multi-key scripts in one hash slot).')
@allowed(['EnterpriseCluster', 'OSSCluster'])
param redisClusteringPolicy string = 'EnterpriseCluster'

@description('Azure Bot SKU: F0 (free, standard channels limited) or S1.')
@allowed(['F0', 'S1'])
param botSku string

param botDisplayName string = 'EcomBot'

@description('Qdrant gRPC endpoint, e.g. https://xyz.eu-central.aws.cloud.qdrant.io:6334 (Qdrant Cloud) or a cluster you run.')
param qdrantEndpoint string

@description('Qdrant API key; empty for a Qdrant without one.')
@secure()
param qdrantApiKey string = ''

@description('Base64 of at least 32 random bytes (openssl rand -base64 32): signs the self-hosted Direct Line tokens.')
@secure()
param directLineTokenSigningKey string

@description('Key of the profile and privacy API (header X-Admin-Key, 16+ characters); empty disables that API.')
@secure()
param profilesAdminApiKey string = ''

@description('The support desk\'s webhook for hand-offs; empty logs hand-offs with personal data masked.')
param handoffWebhookUrl string = ''

@description('Let the web chat page hand tokens to anonymous guests (a public store widget).')
param allowAnonymousWebChatTokens bool = true

@description('Key Vault purge protection (cannot be switched off again): on for production.')
param keyVaultPurgeProtection bool

param logRetentionInDays int = 30

var name = '${namePrefix}-${environmentName}'
var tags = {
  application: 'ecombot'
  environment: environmentName
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { location: location, name: name, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { location: location, name: name, tags: tags, retentionInDays: logRetentionInDays }
}

module redis 'modules/redis.bicep' = {
  name: 'redis'
  params: {
    location: location
    name: name
    tags: tags
    skuName: redisSku
    highAvailability: redisHighAvailability
    clusteringPolicy: redisClusteringPolicy
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    name: name
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    purgeProtection: keyVaultPurgeProtection
    redisClusterName: redis.outputs.clusterName
    redisDatabaseName: redis.outputs.databaseName
    redisHostName: redis.outputs.hostName
    directLineTokenSigningKey: directLineTokenSigningKey
    qdrantApiKey: qdrantApiKey
    profilesAdminApiKey: profilesAdminApiKey
    hasQdrantApiKey: !empty(qdrantApiKey)
    hasProfilesAdminApiKey: !empty(profilesAdminApiKey)
  }
}

module app 'modules/appservice.bicep' = {
  name: 'appservice'
  params: {
    location: location
    name: name
    tags: tags
    skuName: appServiceSku
    instanceCount: appServiceInstanceCount
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: identity.outputs.tenantId
    appInsightsConnectionString: monitoring.outputs.connectionString
    redisConnectionStringUri: vault.outputs.redisConnectionStringUri
    directLineTokenSigningKeyUri: vault.outputs.directLineTokenSigningKeyUri
    qdrantEndpoint: qdrantEndpoint
    qdrantApiKeyUri: vault.outputs.qdrantApiKeyUri
    profilesAdminApiKeyUri: vault.outputs.profilesAdminApiKeyUri
    handoffWebhookUrl: handoffWebhookUrl
    allowAnonymousWebChatTokens: allowAnonymousWebChatTokens
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: name
    tags: tags
    skuName: botSku
    displayName: botDisplayName
    messagingEndpoint: 'https://${app.outputs.hostName}/api/messages'
    webChatOrigin: 'https://${app.outputs.hostName}'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: identity.outputs.tenantId
  }
}

@description('The web app to deploy the published bot to (az webapp deploy --name ...).')
output webAppName string = app.outputs.name
output webAppUrl string = 'https://${app.outputs.hostName}'
@description('The Azure Bot\'s app id: the Teams package\'s bot id (deploymentTemplates/teams/package.sh --bot-id).')
output botAppId string = identity.outputs.clientId
output botName string = bot.outputs.name
output keyVaultName string = vault.outputs.name
