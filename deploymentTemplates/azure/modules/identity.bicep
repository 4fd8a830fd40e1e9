// The bot's user-assigned managed identity: the Azure Bot's app id (MicrosoftAppType UserAssignedMSI, no password)
// and the identity the App Service uses to read Key Vault references.
param location string
param name string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${name}-identity'
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
