package id.ppu.dukcapil.region;

import java.util.List;

/** One district, village or semester with its indicators' figures (indicators without figures left out). */
public record CoverageGroup(String key, String name, boolean synthetic, List<CoverageFigure> figures) {

    /** This group's figure for one indicator, or null without figures. */
    public CoverageFigure figure(CoverageIndicator indicator) {
        return figures.stream()
                .filter(f -> f.indicator() == indicator)
                .findFirst()
                .orElse(null);
    }
}
