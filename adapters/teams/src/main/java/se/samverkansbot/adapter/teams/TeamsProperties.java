package se.samverkansbot.adapter.teams;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code samverkan.teams.*} (environment MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD,
 * MICROSOFT_APP_TENANT_ID).
 *
 * @param tenantId           for a single-tenant app registration (new Azure bots are single-tenant)
 * @param authDisabled       only for local testing with the Bot Framework Emulator: accepts unauthenticated requests
 * @param openIdMetadataUrl  where the Bot Connector's signing keys are described; tests point it at a local server
 */
@ConfigurationProperties("samverkan.teams")
public record TeamsProperties(
        String appId, String appPassword, String tenantId, boolean authDisabled, String openIdMetadataUrl) {

    public boolean configured() {
        return present(appId) && present(appPassword) || authDisabled;
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
