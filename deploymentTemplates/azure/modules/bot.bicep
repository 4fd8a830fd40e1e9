// The Azure Bot registration: its app id is the bot's managed identity (no password anywhere), its messaging
// endpoint the App Service, and its channels Microsoft Teams and Direct Line.
param name string
param tags object
param skuName string
param displayName string
param messagingEndpoint string
param webChatOrigin string
param identityId string
param identityClientId string
param tenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${uniqueString(resourceGroup().id)}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: skuName }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identityId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          trustedOrigins: [webChatOrigin]
        }
      ]
    }
  }
}

output name string = bot.name
