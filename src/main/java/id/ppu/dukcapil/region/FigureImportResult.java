package id.ppu.dukcapil.region;

import java.util.List;

/** The outcome of a figure import: rows written, or the problems that stopped it (then nothing was written). */
public record FigureImportResult(int rows, List<LineProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
