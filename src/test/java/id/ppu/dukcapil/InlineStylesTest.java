package id.ppu.dukcapil;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Views style themselves with Lumo utility classes ({@code addClassNames(LumoUtility...)}); an inline
 * {@code getStyle().set(...)} stays only where no class has the same value (a width in em, a chart's
 * flex share, a computed bar length). A scan of the Java sources, because property and value are
 * plain strings that no compiler checks.
 */
class InlineStylesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** "property: value" pairs that a Lumo utility class sets to exactly that value, and the class. */
    static final Map<String, String> UTILITY_FOR = utilities();

    @Test
    void no_inline_style_repeats_what_a_lumo_utility_class_does(TestReporter reporter) {
        List<String> offences = new ArrayList<>();
        int properties = 0;
        for (Path file : javaSources()) {
            for (InlineStyle style : inlineStyles(read(file))) {
                properties++;
                for (String value : style.values()) {
                    String utility = UTILITY_FOR.get(key(style.property(), value));
                    if (utility != null) {
                        offences.add(SOURCES.relativize(file) + ":" + style.line() + " " + style.property() + ": "
                                + value + " -> addClassNames(LumoUtility." + utility + ")");
                    }
                }
            }
        }
        reporter.publishEntry("inline style properties left", String.valueOf(properties));
        assertThat(offences)
                .as("inline styles that a Lumo utility class expresses (of %d inline style properties)", properties)
                .isEmpty();
    }

    @Test
    void the_scan_flags_chained_multi_line_conditional_and_typed_styles_but_not_computed_ones() {
        String source = """
                title.getStyle().set("margin", "0");
                box.getStyle().set("min-width", "9em")
                        .set("color", "var(--lumo-secondary-text-color)");
                bar.getElement().getStyle().set("background", on ? "var(--lumo-primary-color)" : "var(--lumo-contrast-30pct)");
                cell.getStyle().setFontSize("var(--lumo-font-size-s)");
                track.getStyle().set("width", share + "%").set("gap", "2px");
                """;

        List<InlineStyle> styles = inlineStyles(source);

        assertThat(styles)
                .extracting(InlineStyle::property)
                .containsExactly("margin", "min-width", "color", "background", "font-size", "width", "gap");
        assertThat(styles).extracting(InlineStyle::line).containsExactly(1, 2, 3, 4, 5, 6, 6);
        assertThat(styles.stream()
                        .flatMap(s -> s.values().stream().map(v -> UTILITY_FOR.get(key(s.property(), v))))
                        .filter(u -> u != null))
                .containsExactly(
                        "Margin.NONE",
                        "TextColor.SECONDARY",
                        "Background.PRIMARY",
                        "Background.CONTRAST_30",
                        "FontSize.SMALL");
        assertThat(styles.get(5).values())
                .as("a computed value is nobody's utility")
                .isEmpty();
    }

    @Test
    void every_suggested_class_is_a_lumo_utility_constant() throws ReflectiveOperationException {
        for (String utility : UTILITY_FOR.values()) {
            for (String constant : utility.split(" \\+ ")) {
                int dot = constant.lastIndexOf('.');
                String nested = constant.substring(0, dot).replace('.', '$');
                Class<?> category = Class.forName(LumoUtility.class.getName() + "$" + nested);
                assertThat(category.getField(constant.substring(dot + 1)).get(null))
                        .as(constant)
                        .isInstanceOf(String.class);
            }
        }
    }

    @Test
    void the_app_shell_loads_the_lumo_utility_classes_for_every_page() {
        // Without a theme.json there is no lumoImports entry: the utility classes exist only if this module loads.
        assertThat(Arrays.stream(Application.class.getAnnotationsByType(JsModule.class))
                        .map(JsModule::value))
                .contains("@vaadin/vaadin-lumo-styles/utility-global.js");
    }

    /** One property set inline; {@code values} holds its literal value(s), none when it is computed. */
    record InlineStyle(int line, String property, List<String> values) {}

    private static final Pattern CALL = Pattern.compile("\\G\\s*\\.set(\\w*)\\(");

    /** The properties set through {@code getStyle()} chains in {@code source}, in source order. */
    static List<InlineStyle> inlineStyles(String source) {
        List<InlineStyle> styles = new ArrayList<>();
        int from = 0;
        for (int at = source.indexOf("getStyle()", from); at >= 0; at = source.indexOf("getStyle()", from)) {
            int pos = at + "getStyle()".length();
            Matcher call = CALL.matcher(source);
            while (call.find(pos)) {
                int open = call.end() - 1;
                int close = closingParen(source, open);
                List<String> args = topLevelArguments(source.substring(open + 1, close));
                int line = (int) source.substring(0, call.start(1))
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
                String setter = call.group(1);
                if (setter.isEmpty() && args.size() == 2) {
                    literals(args.get(0)).stream()
                            .findFirst()
                            .ifPresent(p -> styles.add(new InlineStyle(line, p, literals(args.get(1)))));
                } else if (!setter.isEmpty() && args.size() == 1) {
                    styles.add(new InlineStyle(line, kebab(setter), literals(args.get(0))));
                }
                pos = close + 1;
            }
            from = pos;
        }
        return styles;
    }

    /** The string literals an argument can evaluate to: itself, or both branches of a ternary; none if computed. */
    private static List<String> literals(String argument) {
        List<String> literals = new ArrayList<>();
        StringBuilder outside = new StringBuilder();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(argument);
        int last = 0;
        while (m.find()) {
            literals.add(m.group(1));
            outside.append(argument, last, m.start());
            last = m.end();
        }
        outside.append(argument.substring(last));
        return outside.indexOf("+") >= 0 || literals.isEmpty() ? List.of() : literals;
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced call at " + open);
    }

    private static List<String> topLevelArguments(String s) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(s.substring(start, i).trim());
                start = i + 1;
            }
        }
        args.add(s.substring(start).trim());
        return args;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String key(String property, String value) {
        return (property + ": " + value).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> utilities() {
        Map<String, String> m = new LinkedHashMap<>();
        Map<String, String> spaces = ordered("xs", "XSMALL", "s", "SMALL", "m", "MEDIUM", "l", "LARGE", "xl", "XLARGE");
        Map<String, String> sides =
                ordered("", "", "-top", ".Top", "-bottom", ".Bottom", "-left", ".Left", "-right", ".Right");
        sides.forEach((side, nested) -> {
            m.put(key("margin" + side, "0"), "Margin" + nested + ".NONE");
            m.put(key("padding" + side, "0"), "Padding" + nested + ".NONE");
            spaces.forEach((size, name) -> {
                m.put(key("margin" + side, "var(--lumo-space-" + size + ")"), "Margin" + nested + "." + name);
                m.put(key("padding" + side, "var(--lumo-space-" + size + ")"), "Padding" + nested + "." + name);
            });
        });
        for (String box : List.of("Margin", "Padding")) {
            spaces.forEach((size, name) -> {
                String space = "var(--lumo-space-" + size + ")";
                String property = box.toLowerCase(Locale.ROOT);
                m.put(key(property, space + " 0"), box + ".Vertical." + name + " + " + box + ".Horizontal.NONE");
                m.put(key(property, "0 " + space), box + ".Horizontal." + name + " + " + box + ".Vertical.NONE");
            });
        }
        spaces.forEach((size, name) -> m.put(key("gap", "var(--lumo-space-" + size + ")"), "Gap." + name));
        ordered(
                        "xxs",
                        "XXSMALL",
                        "xs",
                        "XSMALL",
                        "s",
                        "SMALL",
                        "m",
                        "MEDIUM",
                        "l",
                        "LARGE",
                        "xl",
                        "XLARGE",
                        "xxl",
                        "XXLARGE",
                        "xxxl",
                        "XXXLARGE")
                .forEach((size, name) ->
                        m.put(key("font-size", "var(--lumo-font-size-" + size + ")"), "FontSize." + name));
        ordered(
                        "100",
                        "THIN",
                        "200",
                        "EXTRALIGHT",
                        "300",
                        "LIGHT",
                        "400",
                        "NORMAL",
                        "500",
                        "MEDIUM",
                        "600",
                        "SEMIBOLD",
                        "700",
                        "BOLD",
                        "800",
                        "EXTRABOLD",
                        "900",
                        "BLACK",
                        "bold",
                        "BOLD",
                        "normal",
                        "NORMAL")
                .forEach((weight, name) -> m.put(key("font-weight", weight), "FontWeight." + name));
        for (String color : List.of(
                "header", "body", "secondary", "tertiary", "disabled", "primary", "error", "success", "warning")) {
            m.put(key("color", "var(--lumo-" + color + "-text-color)"), "TextColor." + color.toUpperCase(Locale.ROOT));
        }
        ordered(
                        "block",
                        "BLOCK",
                        "flex",
                        "FLEX",
                        "grid",
                        "GRID",
                        "none",
                        "HIDDEN",
                        "inline",
                        "INLINE",
                        "inline-block",
                        "INLINE_BLOCK",
                        "inline-flex",
                        "INLINE_FLEX",
                        "inline-grid",
                        "INLINE_GRID")
                .forEach((display, name) -> m.put(key("display", display), "Display." + name));
        ordered("column", "COLUMN", "column-reverse", "COLUMN_REVERSE", "row", "ROW", "row-reverse", "ROW_REVERSE")
                .forEach((direction, name) -> m.put(key("flex-direction", direction), "FlexDirection." + name));
        ordered("wrap", "WRAP", "nowrap", "NOWRAP", "wrap-reverse", "WRAP_REVERSE")
                .forEach((wrap, name) -> m.put(key("flex-wrap", wrap), "FlexWrap." + name));
        ordered("1", "ONE", "none", "NONE", "1 1 auto", "AUTO")
                .forEach((flex, name) -> m.put(key("flex", flex), "Flex." + name));
        ordered("left", "LEFT", "center", "CENTER", "right", "RIGHT", "justify", "JUSTIFY")
                .forEach((align, name) -> m.put(key("text-align", align), "TextAlignment." + name));
        ordered("normal", "NORMAL", "nowrap", "NOWRAP", "pre", "PRE", "pre-line", "PRE_LINE", "pre-wrap", "PRE_WRAP")
                .forEach((space, name) -> m.put(key("white-space", space), "Whitespace." + name));
        ordered("auto", "AUTO", "hidden", "HIDDEN", "scroll", "SCROLL")
                .forEach((overflow, name) -> m.put(key("overflow", overflow), "Overflow." + name));
        m.put(key("width", "100%"), "Width.FULL");
        m.put(key("width", "auto"), "Width.AUTO");
        m.put(key("min-width", "0"), "MinWidth.NONE");
        m.put(key("max-width", "100%"), "MaxWidth.FULL");
        m.put(key("height", "100%"), "Height.FULL");
        m.put(key("box-sizing", "border-box"), "BoxSizing.BORDER");
        ordered("s", "SMALL", "m", "MEDIUM", "l", "LARGE")
                .forEach((size, name) ->
                        m.put(key("border-radius", "var(--lumo-border-radius-" + size + ")"), "BorderRadius." + name));
        Map<String, String> backgrounds = new LinkedHashMap<>();
        backgrounds.put("var(--lumo-base-color)", "BASE");
        for (int pct : List.of(5, 10, 20, 30, 40, 50, 60, 70, 80, 90)) {
            backgrounds.put("var(--lumo-contrast-" + pct + "pct)", "CONTRAST_" + pct);
            m.put(
                    key("border", "1px solid var(--lumo-contrast-" + pct + "pct)"),
                    "Border.ALL + BorderColor.CONTRAST_" + pct);
        }
        for (String color : List.of("primary", "error", "success")) {
            String name = color.toUpperCase(Locale.ROOT);
            backgrounds.put("var(--lumo-" + color + "-color)", name);
            backgrounds.put("var(--lumo-" + color + "-color-50pct)", name + "_50");
            backgrounds.put("var(--lumo-" + color + "-color-10pct)", name + "_10");
        }
        backgrounds.forEach((value, name) -> {
            m.put(key("background", value), "Background." + name);
            m.put(key("background-color", value), "Background." + name);
        });
        for (int n = 1; n <= 12; n++) {
            m.put(key("grid-template-columns", "repeat(" + n + ", minmax(0, 1fr))"), "Grid.Column.COLUMNS_" + n);
        }
        return m;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
