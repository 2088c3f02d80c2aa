package id.ppu.dukcapil.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads and checks the two aggregate reports (figures only, no personal data): the semester
 * population per village, district and regency, and the coverage indicators per village. Every
 * bad line is reported with its number and reason; callers write nothing unless the list is
 * empty. Separator: comma or semicolon, whichever the header uses.
 */
final class FigureCsv {

    static final List<String> POPULATION_HEADER = List.of("kode", "penduduk");
    static final List<String> COVERAGE_HEADER = List.of("semester", "kode_desa", "indikator", "pemilik", "sasaran");
    static final int MAX_LINES = 100_000;

    /** A checked population file: each village's figure (totals were checked and are not kept). */
    record Population(Map<String, Integer> villages, List<LineProblem> problems) {}

    /** One checked coverage line. */
    record CoverageLine(
            Semester semester, String villageCode, CoverageIndicator indicator, int holders, int eligible) {}

    record Coverage(List<CoverageLine> lines, List<LineProblem> problems) {}

    private FigureCsv() {}

    /**
     * The population of every village of {@code villageDistricts} (village code to district code),
     * with a line for each district and one for the regency ({@code regencyCode}); each total must
     * equal the sum of its parts.
     */
    static Population population(InputStream in, Map<String, String> villageDistricts, String regencyCode) {
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Integer> villages = new LinkedHashMap<>();
        Map<String, Integer> districts = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        Set<String> districtCodes = new HashSet<>(villageDistricts.values());
        Integer regency = null;
        int regencyLine = 0;
        List<String[]> rows = read(in, POPULATION_HEADER, problems);
        for (int i = 0; i < rows.size(); i++) {
            int line = i + 2;
            String[] r = rows.get(i);
            if (r == null) {
                continue;
            }
            if (r.length != POPULATION_HEADER.size()) {
                problems.add(LineProblem.of(line, "figures.error.columns", POPULATION_HEADER.size()));
                continue;
            }
            String code = r[0].strip();
            Integer n = count(r[1]);
            if (n == null) {
                problems.add(LineProblem.of(line, "figures.error.number", "penduduk"));
                continue;
            }
            if (lineOf.containsKey(code)) {
                problems.add(LineProblem.of(line, "figures.error.duplicate", code, lineOf.get(code)));
                continue;
            }
            lineOf.put(code, line);
            if (villageDistricts.containsKey(code)) {
                villages.put(code, n);
            } else if (districtCodes.contains(code)) {
                districts.put(code, n);
            } else if (code.equals(regencyCode)) {
                regency = n;
                regencyLine = line;
            } else {
                problems.add(LineProblem.of(line, "figures.error.code", code));
            }
        }
        if (!problems.isEmpty()) {
            return new Population(Map.of(), problems);
        }
        for (String v : villageDistricts.keySet()) {
            if (!villages.containsKey(v)) {
                problems.add(LineProblem.of(0, "figures.error.missing", v));
            }
        }
        Map<String, Integer> sums = new TreeMap<>();
        villages.forEach((v, n) -> sums.merge(villageDistricts.get(v), n, Integer::sum));
        for (String d : new TreeSet<>(districtCodes)) {
            Integer stated = districts.get(d);
            if (stated == null) {
                problems.add(LineProblem.of(0, "figures.error.missing", d));
            } else if (!stated.equals(sums.getOrDefault(d, 0))) {
                problems.add(
                        LineProblem.of(lineOf.get(d), "figures.error.districtSum", d, stated, sums.getOrDefault(d, 0)));
            }
        }
        if (regency == null) {
            problems.add(LineProblem.of(0, "figures.error.missing", regencyCode));
        } else {
            int districtSum =
                    districts.values().stream().mapToInt(Integer::intValue).sum();
            if (regency != districtSum) {
                problems.add(LineProblem.of(regencyLine, "figures.error.regencySum", regency, districtSum));
            }
        }
        return new Population(problems.isEmpty() ? villages : Map.of(), problems);
    }

    /** Coverage lines of known villages and indicators; holders at most eligible; each village, semester and indicator once. */
    static Coverage coverage(InputStream in, Set<String> villageCodes) {
        List<LineProblem> problems = new ArrayList<>();
        List<CoverageLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String[]> rows = read(in, COVERAGE_HEADER, problems);
        for (int i = 0; i < rows.size(); i++) {
            int line = i + 2;
            String[] r = rows.get(i);
            if (r == null) {
                continue;
            }
            if (r.length != COVERAGE_HEADER.size()) {
                problems.add(LineProblem.of(line, "figures.error.columns", COVERAGE_HEADER.size()));
                continue;
            }
            var semester = Semester.parse(r[0]);
            String village = r[1].strip();
            var indicator = CoverageIndicator.parse(r[2]);
            Integer holders = count(r[3]);
            Integer eligible = count(r[4]);
            if (semester.isEmpty()) {
                problems.add(LineProblem.of(line, "figures.error.semester"));
            } else if (!villageCodes.contains(village)) {
                problems.add(LineProblem.of(line, "figures.error.code", village));
            } else if (indicator.isEmpty()) {
                problems.add(LineProblem.of(line, "figures.error.indicator"));
            } else if (holders == null) {
                problems.add(LineProblem.of(line, "figures.error.number", "pemilik"));
            } else if (eligible == null) {
                problems.add(LineProblem.of(line, "figures.error.number", "sasaran"));
            } else if (holders > eligible) {
                problems.add(LineProblem.of(line, "figures.error.holdersAboveEligible", holders, eligible));
            } else {
                String key = semester.get() + "|" + village + "|" + indicator.get();
                Integer before = seen.putIfAbsent(key, line);
                if (before != null) {
                    problems.add(LineProblem.of(line, "figures.error.duplicate", village, before));
                } else {
                    lines.add(new CoverageLine(semester.get(), village, indicator.get(), holders, eligible));
                }
            }
        }
        if (problems.isEmpty() && lines.isEmpty()) {
            problems.add(LineProblem.of(0, "figures.error.empty"));
        }
        return new Coverage(problems.isEmpty() ? lines : List.of(), problems);
    }

    /** A count: digits only (dots or spaces as thousands separators allowed), at most a billion. */
    private static Integer count(String text) {
        String t = text.strip().replace(".", "").replace(" ", "");
        if (!t.matches("^[0-9]{1,10}$")) {
            return null;
        }
        long n = Long.parseLong(t);
        return n > 1_000_000_000L ? null : (int) n;
    }

    /** The data rows split into cells (null for blank lines); a wrong header is one problem at line 1. */
    private static List<String[]> read(InputStream in, List<String> header, List<LineProblem> problems) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = r.readLine();
            if (first == null) {
                problems.add(LineProblem.of(0, "figures.error.empty"));
                return rows;
            }
            if (first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            String separator = first.contains(";") ? ";" : ",";
            List<String> names = new ArrayList<>();
            for (String n : first.split(separator, -1)) {
                names.add(n.strip().replace("\"", "").toLowerCase(Locale.ROOT));
            }
            if (!names.equals(header)) {
                problems.add(LineProblem.of(1, "figures.error.header", String.join(",", header)));
                return rows;
            }
            String line;
            while ((line = r.readLine()) != null) {
                if (rows.size() >= MAX_LINES) {
                    problems.add(LineProblem.of(rows.size() + 2, "figures.error.tooLong", MAX_LINES));
                    return rows;
                }
                rows.add(line.isBlank() ? null : line.replace("\"", "").split(separator, -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
