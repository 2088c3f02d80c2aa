package id.ppu.dukcapil.region;

import java.util.List;

/** Why one line of an imported file was refused: its line number (1 is the header, 0 the whole file) and a reason key with arguments. */
public record LineProblem(int line, String messageKey, List<Object> args) {

    static LineProblem of(int line, String messageKey, Object... args) {
        return new LineProblem(line, messageKey, List.of(args));
    }
}
