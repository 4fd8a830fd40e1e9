// Key Vault (RBAC) holding the bot's secrets; the bot's identity may read them and nothing else.
param location string
param name string
param tags object
param readerPrincipalId string
param purgeProtection bool
param redisClusterName string
param redisDatabaseName string
param redisHostName string
@secure()
param directLineTokenSigningKey string
@secure()
param qdrantApiKey string
@secure()
param profilesAdminApiKey string
@description('Whether qdrantApiKey / profilesAdminApiKey hold a value (told apart from the secrets themselves).')
param hasQdrantApiKey bool
param hasProfilesAdminApiKey bool

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: take('${name}-kv-${uniqueString(resourceGroup().id)}', 24)
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: purgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

resource redisDatabase 'Microsoft.Cache/redisEnterprise/databases@2025-04-01' existing = {
  name: '${redisClusterName}/${redisDatabaseName}'
}

resource redisConnection 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'redis-connection-string'
  properties: {
    value: '${redisHostName}:10000,password=${redisDatabase.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

resource signingKey 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'directline-token-signing-key'
  properties: { value: directLineTokenSigningKey }
}

resource qdrantKey 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (hasQdrantApiKey) {
  parent: vault
  name: 'qdrant-api-key'
  properties: { value: qdrantApiKey }
}

resource adminKey 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (hasProfilesAdminApiKey) {
  parent: vault
  name: 'profiles-admin-api-key'
  properties: { value: profilesAdminApiKey }
}

output name string = vault.name
output redisConnectionStringUri string = redisConnection.properties.secretUri
output directLineTokenSigningKeyUri string = signingKey.properties.secretUri
output qdrantApiKeyUri string = !hasQdrantApiKey ? '' : qdrantKey!.properties.secretUri
output profilesAdminApiKeyUri string = !hasProfilesAdminApiKey ? '' : adminKey!.properties.secretUri
