package se.samverkansbot.register;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The register every reader sees now. An import swaps in a whole new snapshot, so a question answered
 * during an import sees either the old register or the new one, never a mixture.
 */
public final class CurrentRegister implements Supplier<Register>, Consumer<Register> {
    private final AtomicReference<Register> current = new AtomicReference<>(Register.empty());

    @Override
    public Register get() {
        return current.get();
    }

    @Override
    public void accept(Register register) {
        current.set(register);
    }
}
