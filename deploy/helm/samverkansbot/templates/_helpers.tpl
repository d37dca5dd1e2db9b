{{- define "samverkansbot.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "samverkansbot.fullname" -}}
{{- if contains .Chart.Name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}

{{- define "samverkansbot.labels" -}}
app.kubernetes.io/name: {{ include "samverkansbot.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}

{{- define "samverkansbot.selectorLabels" -}}
app.kubernetes.io/name: {{ include "samverkansbot.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "samverkansbot.secretName" -}}
{{- default (include "samverkansbot.fullname" .) .Values.existingSecret }}
{{- end }}

{{- define "samverkansbot.structuresConfigMap" -}}
{{- default (printf "%s-structures" (include "samverkansbot.fullname" .)) .Values.structures.existingConfigMap }}
{{- end }}

{{- define "samverkansbot.hasStructureFiles" -}}
{{- if or .Values.structures.files .Values.structures.existingConfigMap }}true{{ end }}
{{- end }}
