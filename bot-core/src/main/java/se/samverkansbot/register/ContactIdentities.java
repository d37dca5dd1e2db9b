package se.samverkansbot.register;

/** How a person is recognised on each platform; all optional. */
public record ContactIdentities(String email, String slackUserId, String teamsAadObjectId) {
    public static final ContactIdentities NONE = new ContactIdentities(null, null, null);
}
