{{- define "ecombot.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "ecombot.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "ecombot.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "ecombot.qdrantHeadless" -}}
{{ include "ecombot.fullname" . }}-qdrant-headless
{{- end -}}

{{- define "ecombot.qdrantEndpoint" -}}
{{- if .Values.qdrant.enabled -}}
http://{{ include "ecombot.fullname" . }}-qdrant:6334
{{- else -}}
{{- required "qdrant.externalEndpoint is required when qdrant.enabled is false" .Values.qdrant.externalEndpoint -}}
{{- end -}}
{{- end -}}
