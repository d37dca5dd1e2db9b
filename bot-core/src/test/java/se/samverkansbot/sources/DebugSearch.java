package se.samverkansbot.sources;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import se.samverkansbot.register.Language;
import se.samverkansbot.register.Register;
import se.samverkansbot.testing.ShippedStructures;

@Tag("heldout")
class DebugSearch {
    @Test
    void debug() {
        Register register = ShippedStructures.register();
        SourceSearch search = new SourceSearch(() -> register);
        for (String q : System.getProperty("ask", "").split("\\|")) {
            Language l = q.startsWith("en:") ? Language.ENGLISH : Language.SWEDISH;
            q = q.replaceFirst("^en:", "");
            System.out.println("DBG " + q + "\n  terms "
                    + (l == Language.ENGLISH ? (Object) EnglishToSwedish.slots(q) : search.concepts(q)));
            System.out.println("  milestone " + search.findMilestone(q, l, List.of()));
            System.out.println("  passage "
                    + search.find(q, l, List.of()).map(f -> f.coverage() + " " + f.matched() + " " + f.excerpt()));
        }
    }
}
