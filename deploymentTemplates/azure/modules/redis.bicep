// Azure Managed Redis (Microsoft.Cache/redisEnterprise) with the append-only file on: bot state, profiles, carts,
// web chat conversations and the store's changes survive a restart. Only TLS on port 10000.
param location string
param name string
param tags object
param skuName string
param highAvailability bool
@allowed(['EnterpriseCluster', 'OSSCluster'])
param clusteringPolicy string

resource cluster 'Microsoft.Cache/redisEnterprise@2025-04-01' = {
  name: '${name}-redis'
  location: location
  tags: tags
  sku: { name: skuName }
  properties: {
    minimumTlsVersion: '1.2'
    highAvailability: highAvailability ? 'Enabled' : 'Disabled'
  }
}

resource database 'Microsoft.Cache/redisEnterprise/databases@2025-04-01' = {
  parent: cluster
  name: 'default'
  properties: {
    clientProtocol: 'Encrypted'
    port: 10000
    clusteringPolicy: clusteringPolicy
    evictionPolicy: 'NoEviction'
    accessKeysAuthentication: 'Enabled'
    persistence: {
      aofEnabled: true
      aofFrequency: '1s'
      rdbEnabled: false
    }
  }
}

output hostName string = cluster.properties.hostName
output databaseName string = database.name
output clusterName string = cluster.name
