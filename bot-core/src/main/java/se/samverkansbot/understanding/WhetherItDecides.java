package se.samverkansbot.understanding;

import java.util.regex.Pattern;

/**
 * Whether a question asks if a forum or structure may decide, binds a principal by what it says, or may act for one:
 * "får HälSam besluta om pengar till gemensamma satsningar?", "är vår socialnämnd då bunden av det?", "can HälSam
 * force a municipality to carry out a joint project?". One rule answers every such question, whatever would be
 * decided on: a samverkansstruktur prepares and recommends, and only each principal (huvudman) decides.
 */
public final class WhetherItDecides {
    private WhetherItDecides() {}

    public static boolean asked(String text) {
        return DECIDES_OR_NOT.matcher(text).find()
                || BINDS_OR_ACTS_FOR.matcher(text).find();
    }

    /**
     * Whether a passage speaks of deciding, proposing or recommending, and so may say more than the rule: "SVOM föreslår
     * RSR en översyn" tells who decides on the review. One that does not ("Tillsätta styr- och arbetsgrupper för
     * gemensamma satsningar", a task) shares only the matter's words, and beside the rule reads as a yes.
     */
    public static boolean speaksOfDeciding(String passage) {
        return OF_DECIDING.matcher(passage).find();
    }

    private static final Pattern OF_DECIDING = Pattern.compile(
            "(?iuU)\\b(beslut\\p{L}*|bestäm\\p{L}*|bestam\\p{L}*|föreslå\\p{L}*|foresla\\p{L}*|förslag\\p{L}*"
                    + "|forslag\\p{L}*|rekommend\\p{L}*|huvudm\\p{L}*)");

    /** Opening with deciding or being able to decide: "beslutar SVOM själv …?", "kan presidiet besluta …?". */
    private static final Pattern DECIDES_OR_NOT =
            Pattern.compile("(?iuU)^\\W*(beslutar|bestämmer|bestammer|fattar|decides|does\\s+\\S+(\\s+\\S+)?\\s+decide"
                    + "|(kan|får|far|can|may)\\s+\\S+(\\s+\\S+){0,3}\\s+(besluta|bestämma|bestamma|fatta beslut"
                    + "|decide|take decisions|make decisions))\\b");

    /**
     * Whether what a forum or structure says binds a principal, whether it is a deciding body at all, or whether it may
     * act for one: "måste vår kommun följa det?", "är HälSam ett beslutande organ?", "is that binding for us?",
     * "what's the formal status of a HälSam recommendation?", "kan gruppen teckna avtal för regionens räkning?".
     */
    private static final Pattern BINDS_OR_ACTS_FOR = Pattern.compile(
            "(?iuU)\\b(bindande|binding|binds?|formella status|formal status"
                    // "Vem tar det formella beslutet?": the one that binds.
                    + "|formella beslut\\p{L}*|formal decisions?"
                    // "Är vår kommun tvungen att följa den?", "är vår socialnämnd då bunden av det?"
                    + "|(är|ar|blir)\\s+(vi|vår\\s+\\S+|var\\s+\\S+|kommunen|kommunerna|regionen|huvudmännen|huvudmannen"
                    + "|nämnden|namnden)\\s+((då|da|sedan|automatiskt)\\s+)?(tvungen|tvunget|tvungna|skyldig|skyldigt"
                    + "|skyldiga|förpliktad|förpliktade|forpliktad|forpliktade|bunden|bundet|bundna)\\s+(att|av)"
                    // "Kan HälSam tvinga en kommun …?", "can HälSam force a municipality to …?"
                    // Not "is HälSam still in force?", nor a task force.
                    + "|tvinga|tvingas|(?<!in\\s|task\\s)force|compel|oblige"
                    // "Om HälSam ställer sig bakom en överenskommelse, gäller den då direkt i min kommun?"
                    + "|gäller\\s+(den|det|de|beslutet|rekommendationen|överenskommelsen)\\s+((då|da|sedan)\\s+)?"
                    + "(direkt|automatiskt|omedelbart)"
                    + "|(apply|applies|valid)\\s+(directly|automatically|immediately)"
                    // "Är HälSam ett beslutande organ?": whether it decides at all.
                    + "|(beslutande|beslutsfattande|decision-making|deciding)\\s+(organ|forum|instans|body|organi[sz]ation)"
                    + "|(måste|maste|behöver|behover|är\\s+\\S+\\s+skyldiga?\\s+att|tvungna?\\s+att)"
                    + "\\s+(vi|vår|var|kommunen|kommunerna|regionen|huvudmännen|huvudmannen)(\\s+\\S+)?\\s+(följa|folja|rätta|ratta)"
                    + "|(must|do|does|have|has)\\s+(we|our|the|each)(\\s+\\S+)?\\s+(follow|comply|obey|have\\s+to\\s+follow)"
                    + "|teckna\\s+avtal|ingå\\s+avtal|inga\\s+avtal|sign\\s+(an\\s+)?(agreements?|contracts?)"
                    + "|för\\s+(regionens|kommunens|kommunernas|huvudmännens)\\s+räkning"
                    // On behalf of a principal only: "what do the groups do on behalf of Länsledningen?" asks for
                    // tasks.
                    + "|on\\s+behalf\\s+of\\s+(the\\s+)?(region|regions|municipalit\\p{L}*|kommun\\p{L}*|principals?))\\b");
}
