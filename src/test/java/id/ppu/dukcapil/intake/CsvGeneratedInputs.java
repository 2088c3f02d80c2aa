package id.ppu.dukcapil.intake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Seeded generators of broken CSV files: random bytes leaning on the characters CSV cares about,
 * and random mutations (bytes inserted, dropped, replaced, quotes opened) of a valid import file.
 * The same seed gives the same files, so a failure names a reproducible input.
 */
final class CsvGeneratedInputs {

    /** A valid file with every column, in the semicolon dialect of Indonesian Excel. */
    static final String VALID =
            "\uFEFFexternal_id;channel;service_type;nik;applicant_name;village_code;submitted_at;notes\r\n"
                    + "GEN-1;WEB;KTP;" + IntakeTestData.nik(1, 9, 9, 88, 8601)
                    + ";Siti Aminah;64.09.01.1009;01/11/2025 08:00;\r\n"
                    + "GEN-2;OUTREACH;AKTA LAHIR;" + IntakeTestData.nik(4, 2, 3, 15, 8602)
                    + ";\"Putri; Ayu\";64.09.04.2001;05/03/2024;"
                    + "\"kata \"\"tolong\"\"\r\nbaris dua\"\r\n"
                    + "GEN-3;APP;KK;6.40901E+15;Budi;64.09.02.1003;2023-07-01;\r\n";

    private static final byte[] INTERESTING = {
        '"',
        '"',
        ';',
        ',',
        '\t',
        '\r',
        '\n',
        '\n',
        ' ',
        'a',
        '0',
        '\'',
        (byte) 0xEF,
        (byte) 0xBB,
        (byte) 0xBF,
        (byte) 0xC3,
        (byte) 0xA9,
        (byte) 0xE9,
        (byte) 0x80,
        (byte) 0xFF,
        0
    };

    private CsvGeneratedInputs() {}

    /** Bytes of a random length up to {@code max}: half of them drawn from the characters CSV cares about. */
    static byte[] randomBytes(Random random, int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        for (int i = 0; i < b.length; i++) {
            b[i] = random.nextBoolean() ? INTERESTING[random.nextInt(INTERESTING.length)] : (byte) random.nextInt(256);
        }
        return b;
    }

    /** The valid file with one to eight random edits. */
    static byte[] mutatedValid(Random random) {
        byte[] file = VALID.getBytes(StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            file = edit(random, file);
        }
        return file;
    }

    private static byte[] edit(Random random, byte[] file) {
        int at = file.length == 0 ? 0 : random.nextInt(file.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 16);
        out.write(file, 0, at);
        switch (random.nextInt(5)) {
            case 0 -> { // insert
                byte[] inserted = randomBytes(random, 6);
                out.write(inserted, 0, inserted.length);
                out.write(file, at, file.length - at);
            }
            case 1 -> { // drop
                int to = Math.min(file.length, at + 1 + random.nextInt(4));
                out.write(file, to, file.length - to);
            }
            case 2 -> { // replace
                out.write(INTERESTING[random.nextInt(INTERESTING.length)]);
                out.write(file, Math.min(file.length, at + 1), file.length - Math.min(file.length, at + 1));
            }
            case 3 -> { // an opening quote that may never close
                out.write('"');
                out.write(file, at, file.length - at);
            }
            default -> { // cut the file short
            }
        }
        return out.toByteArray();
    }
}
