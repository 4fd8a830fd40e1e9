// The bot on Azure App Service (Linux, .NET 10), running as its user-assigned identity. Secrets are Key Vault
// references the platform resolves with that identity; settings reach the bot as Section__Key variables.
param location string
param name string
param tags object
param skuName string
param instanceCount int
param identityId string
param identityClientId string
param tenantId string
param appInsightsConnectionString string
param redisConnectionStringUri string
param directLineTokenSigningKeyUri string
param qdrantEndpoint string
param qdrantApiKeyUri string
param profilesAdminApiKeyUri string
param handoffWebhookUrl string
param allowAnonymousWebChatTokens bool

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var keyVaultReference = '@Microsoft.KeyVault(SecretUri={0})'
var optionalSettings = union(
  empty(qdrantApiKeyUri) ? {} : { Qdrant__ApiKey: format(keyVaultReference, qdrantApiKeyUri) },
  empty(profilesAdminApiKeyUri) ? {} : { Profiles__AdminApiKey: format(keyVaultReference, profilesAdminApiKeyUri) },
  empty(handoffWebhookUrl) ? {} : { Handoff__WebhookUrl: handoffWebhookUrl }
)
// Settings every deployment has; the optional ones are added only when they have a value.
var requiredSettings = {
  ASPNETCORE_ENVIRONMENT: 'Production'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identityClientId
  MicrosoftAppTenantId: tenantId
  Redis__ConnectionString: format(keyVaultReference, redisConnectionStringUri)
  DirectLine__TokenSigningKey: format(keyVaultReference, directLineTokenSigningKeyUri)
  DirectLine__AllowAnonymousTokens: string(allowAnonymousWebChatTokens)
  Knowledge__Backend: 'Qdrant'
  Qdrant__Endpoint: qdrantEndpoint
}
var settings = union(requiredSettings, optionalSettings)

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: '${name}-${uniqueString(resourceGroup().id)}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      appSettings: [for setting in items(settings): { name: setting.key, value: setting.value }]
    }
  }
}

resource basicPublishingFtp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
