package id.ppu.dukcapil.demo;

import id.ppu.dukcapil.cases.ServiceType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The applicants behind the demo cases: Indonesian names of the regency's mix (Javanese, Bugis,
 * Banjar, Paser), structurally valid NIKs and phone numbers. Each village keeps a bounded pool
 * of recent applicants so that one person files one to four cases over the years, which gives
 * the citizen timeline something to show while memory stays bounded however many cases are made.
 */
final class DemoPeople {

    /** One applicant. {@code extraCases} counts down the further cases this person will file. */
    static final class Person {
        final String nik;
        final String name;
        final String phone;
        final long birthEpochDay;
        int extraCases;

        Person(String nik, String name, String phone, long birthEpochDay, int extraCases) {
            this.nik = nik;
            this.name = name;
            this.phone = phone;
            this.birthEpochDay = birthEpochDay;
            this.extraCases = extraCases;
        }

        int ageOn(LocalDate date) {
            return LocalDate.ofEpochDay(birthEpochDay).until(date).getYears();
        }
    }

    private static final int POOL_SIZE = 256;

    private static final String[] MALE_FIRST = expand(
            "Ahmad:9",
            "Muhammad:8",
            "Abdul:3",
            "Andi:4",
            "Budi:2",
            "Rizki:2",
            "Agus:2",
            "Hendra",
            "Joko",
            "Slamet",
            "Sugeng",
            "Hasan",
            "Rahmat:2",
            "Syahrul",
            "Iwan",
            "Dedi",
            "Yusuf",
            "Arif",
            "Fajar",
            "Hadi",
            "Irwan",
            "Baharuddin",
            "Haris",
            "Gusti",
            "Anang",
            "Aji",
            "Supriadi",
            "Wahyu",
            "Eko",
            "Rudi",
            "Samsul",
            "Jumadi",
            "Ilham",
            "Akbar",
            "Fikri",
            "Rahmadi",
            "Aliansyah",
            "Suparman",
            "Sutrisno",
            "Nasrullah",
            "Zainal",
            "Ridwan",
            "Firman",
            "Bayu",
            "Dimas",
            "Muhammad Nur",
            "La Ode",
            "Amir",
            "Syamsul",
            "Hamzah",
            "Darmawan",
            "Rusdi",
            "Sulaiman");
    private static final String[] MALE_LAST = expand(
            "Santoso:2",
            "Fauzi:3",
            "Pratama:2",
            "Rizki",
            "Hidayat:2",
            "Saputra:2",
            "Setiawan",
            "Wijaya",
            "Kurniawan",
            "Rahman:2",
            "Syahputra",
            "Nugroho",
            "Susanto",
            "Hamzah",
            "Baso",
            "Mappa",
            "Hasanuddin",
            "Syamsuddin",
            "Noor",
            "Arsyad",
            "Maulana",
            "Hakim",
            "Firdaus",
            "Ramadhan",
            "Gunawan",
            "Hermawan",
            "Prasetyo",
            "Wibowo",
            "Ismail",
            "Iskandar",
            "Bakri",
            "Tamrin",
            "Effendi",
            "Mansyur",
            "Anwar",
            "Sudirman",
            "Wahyudi",
            "Rusli",
            "Yunus",
            "Basri",
            "Lamba",
            "Tahir",
            "Jufri",
            "Sarifuddin");
    private static final String[] FEMALE_FIRST = expand(
            "Siti:9",
            "Nur:6",
            "Dewi:3",
            "Sri:4",
            "Nurul:3",
            "Ratna",
            "Fitri",
            "Aisyah",
            "Putri",
            "Ayu",
            "Indah",
            "Rina",
            "Ani",
            "Rahmawati",
            "Norhayati",
            "Masitah",
            "Mariani",
            "Yuliana",
            "Sumarni",
            "Rusmini",
            "Galuh",
            "Andi",
            "Fatimah",
            "Hasnah",
            "Halimah",
            "Kartini",
            "Lina",
            "Suryani",
            "Erna",
            "Endang",
            "Tri",
            "Nia",
            "Wulan",
            "Mega",
            "Jumriah",
            "Nurhayati");
    private static final String[] FEMALE_LAST = expand(
            "Aminah:3",
            "Hasanah:3",
            "Lestari:3",
            "Rahayu",
            "Handayani",
            "Wati",
            "Sari",
            "Anggraini",
            "Fitriani",
            "Purwanti",
            "Rahmawati",
            "Kurniasih",
            "Susanti",
            "Wulandari",
            "Safitri",
            "Ningsih",
            "Yanti",
            "Hartati",
            "Nurjanah",
            "Maharani",
            "Kasmawati",
            "Jumiati",
            "Hidayah",
            "Marlina",
            "Hamidah",
            "Sukmawati",
            "Nuraini",
            "Syahrani");
    /** Names given since about 2005 differ enough to make children look like children. */
    private static final String[] BOY_FIRST = expand(
            "Muhammad:10",
            "Ahmad:4",
            "Rizky",
            "Arkan",
            "Raffa",
            "Daffa",
            "Fathan",
            "Azka",
            "Rafif",
            "Zidan",
            "Farel",
            "Alif",
            "Gibran",
            "Kenzo",
            "Dzaky",
            "Abdillah");

    private static final String[] BOY_LAST = expand(
            "Ramadhan:2",
            "Pratama",
            "Saputra",
            "Alfarizi",
            "Hidayat",
            "Maulana",
            "Akbar",
            "Alfatih:2",
            "Al Ghifari",
            "Firmansyah",
            "Rizqullah");
    private static final String[] GIRL_FIRST = expand(
            "Aisyah:3",
            "Nayla",
            "Zahra",
            "Alya",
            "Keysha",
            "Khanza",
            "Syifa",
            "Naura",
            "Salsabila",
            "Aqila",
            "Putri",
            "Nur",
            "Siti",
            "Kirana",
            "Adiba");
    private static final String[] GIRL_LAST = expand(
            "Azzahra:3",
            "Putri",
            "Ramadhani",
            "Safitri",
            "Humaira",
            "Aulia",
            "Zahira",
            "Nadhifa",
            "Khairunnisa",
            "Anindya");

    /** Where people who moved in were first registered: (regency prefix, number of districts, weight). */
    private static final Object[][] ELSEWHERE = {
        {"6471", 6, 25},
        {"6401", 10, 15},
        {"6402", 18, 10},
        {"6472", 10, 8},
        {"6371", 5, 8},
        {"7308", 27, 8},
        {"7313", 14, 5},
        {"7371", 15, 6},
        {"3578", 31, 5},
        {"3507", 33, 5},
        {"3522", 28, 5},
    };

    private static final int ELSEWHERE_WEIGHT = 100;

    /** Mobile number prefixes (Telkomsel, Indosat, XL, Tri, Axis), Telkomsel being the usual one out there. */
    private static final String[] PHONE_PREFIX = expand(
            "0811", "0812:4", "0813:4", "0821:3", "0822:3", "0823:2", "0852:3", "0853:3", "0856", "0857", "0858",
            "0815", "0817", "0818", "0819", "0877", "0878", "0895", "0896", "0831", "0838");

    private final SplittableRandom rnd;
    private final List<DemoVillage> villages;
    private final Person[][] adults;
    private final int[] adultCount;
    private final Person[][] children;
    private final int[] childCount;

    DemoPeople(SplittableRandom rnd, List<DemoVillage> villages) {
        this.rnd = rnd;
        this.villages = villages;
        this.adults = new Person[villages.size()][POOL_SIZE];
        this.adultCount = new int[villages.size()];
        this.children = new Person[villages.size()][POOL_SIZE];
        this.childCount = new int[villages.size()];
    }

    /**
     * The person a case of {@code service} is about, filed on {@code date} in {@code village}:
     * often someone from the village who filed before, when the age still fits the service.
     */
    Person applicantFor(ServiceType service, DemoVillage village, LocalDate date) {
        int[] ages = ageRange(service);
        boolean childService = service == ServiceType.KIA || service == ServiceType.BIRTH_CERT;
        Person[] pool = childService ? children[village.index()] : adults[village.index()];
        int[] counts = childService ? childCount : adultCount;
        double reuse = childService ? 0.25 : 0.4;
        if (counts[village.index()] > 0 && rnd.nextDouble() < reuse) {
            int slot = rnd.nextInt(counts[village.index()]);
            Person p = pool[slot];
            int age = p.ageOn(date);
            if (age >= ages[0] && age <= ages[1]) {
                if (--p.extraCases <= 0) {
                    pool[slot] = pool[--counts[village.index()]];
                    pool[counts[village.index()]] = null;
                }
                return p;
            }
        }
        Person p = newPerson(village, date, ages);
        if (p.extraCases > 0) {
            int n = counts[village.index()];
            if (n < POOL_SIZE) {
                pool[n] = p;
                counts[village.index()] = n + 1;
            } else {
                pool[rnd.nextInt(POOL_SIZE)] = p;
            }
        }
        return p;
    }

    /** Age range, in full years on the filing date, of the person a service's NIK belongs to. */
    private int[] ageRange(ServiceType service) {
        return switch (service) {
            // First recordings at 17-18 dominate; the rest replace lost or outdated cards.
            case KTP -> rnd.nextDouble() < 0.4 ? new int[] {17, 18} : new int[] {19, 72};
            case KK -> new int[] {20, 70};
            case KIA -> new int[] {0, 16};
            // Mostly newborns; late registration of adults still happens.
            case BIRTH_CERT ->
                rnd.nextDouble() < 0.75
                        ? new int[] {0, 0}
                        : rnd.nextDouble() < 0.4 ? new int[] {1, 5} : new int[] {6, 60};
            case MARRIAGE_CERT -> new int[] {20, 45};
            case DIVORCE_CERT -> new int[] {24, 58};
            // The relative who reports the death files the case.
            case DEATH_CERT -> new int[] {25, 72};
        };
    }

    private Person newPerson(DemoVillage village, LocalDate date, int[] ages) {
        int age = ages[0] + (ages[1] > ages[0] ? skewedYoung(ages[1] - ages[0]) : 0);
        LocalDate birth = date.minusYears(age).minusDays(age == 0 ? rnd.nextInt(7, 300) : rnd.nextInt(365));
        if (birth.isAfter(date.minusDays(7))) {
            birth = date.minusDays(7);
        }
        boolean female = rnd.nextBoolean();
        String nik = nik(village, birth, female);
        String name = name(female, birth.getYear() >= 2005);
        String phone = age >= 15 && rnd.nextDouble() < 0.92 ? phone() : null;
        double r = rnd.nextDouble();
        // Most people file one case; some come back for a KK update, a child's KIA, a lost card.
        int extra = r < 0.5 ? 0 : r < 0.78 ? 1 : r < 0.92 ? 2 : 3;
        return new Person(nik, name, phone, birth.toEpochDay(), extra);
    }

    /** An age offset that favours the lower end of the range, as the population does. */
    private int skewedYoung(int width) {
        double u = Math.min(rnd.nextDouble(), rnd.nextDouble() * 1.3);
        return Math.min(width, (int) (u * (width + 1)));
    }

    private String nik(DemoVillage village, LocalDate birth, boolean female) {
        String region;
        double r = rnd.nextDouble();
        if (r < 0.85 || birth.getYear() >= 2015 && r < 0.97) {
            region = village.districtCode().replace(".", "");
        } else if (r < 0.90) {
            region = villages.get(rnd.nextInt(villages.size())).districtCode().replace(".", "");
        } else {
            region = elsewhere();
        }
        int day = birth.getDayOfMonth() + (female ? 40 : 0);
        int serial = 1 + rnd.nextInt(9999);
        StringBuilder sb = new StringBuilder(16).append(region);
        two(sb, day);
        two(sb, birth.getMonthValue());
        two(sb, birth.getYear() % 100);
        if (serial < 1000) {
            sb.append(serial < 10 ? "000" : serial < 100 ? "00" : "0");
        }
        return sb.append(serial).toString();
    }

    private String elsewhere() {
        int pick = rnd.nextInt(ELSEWHERE_WEIGHT);
        for (Object[] e : ELSEWHERE) {
            pick -= (int) e[2];
            if (pick < 0) {
                StringBuilder sb = new StringBuilder((String) e[0]);
                two(sb, 1 + rnd.nextInt((int) e[1]));
                return sb.toString();
            }
        }
        return "647101";
    }

    private String name(boolean female, boolean young) {
        String[] first = young ? (female ? GIRL_FIRST : BOY_FIRST) : (female ? FEMALE_FIRST : MALE_FIRST);
        String[] last = young ? (female ? GIRL_LAST : BOY_LAST) : (female ? FEMALE_LAST : MALE_LAST);
        String f = first[rnd.nextInt(first.length)];
        // Many older Indonesians carry a single name.
        if (!young && rnd.nextDouble() < 0.1) {
            return f;
        }
        String l = last[rnd.nextInt(last.length)];
        return l.equals(f) ? f + " " + last[(rnd.nextInt(last.length))] : f + " " + l;
    }

    /** A mobile number in the local 08... form. */
    String phone() {
        StringBuilder sb = new StringBuilder(13).append(PHONE_PREFIX[rnd.nextInt(PHONE_PREFIX.length)]);
        int digits = rnd.nextDouble() < 0.7 ? 8 : 7;
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    /** The number as WhatsApp reports a sender: country code, no leading zero. */
    static String whatsApp(String localPhone) {
        return "62" + localPhone.substring(1);
    }

    private static void two(StringBuilder sb, int value) {
        if (value < 10) {
            sb.append('0');
        }
        sb.append(value);
    }

    /** "Ahmad:9" stands for nine entries, so a plain uniform pick is a weighted one. */
    private static String[] expand(String... entries) {
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            int colon = e.lastIndexOf(':');
            int times = colon < 0 ? 1 : Integer.parseInt(e.substring(colon + 1));
            String value = colon < 0 ? e : e.substring(0, colon);
            for (int i = 0; i < times; i++) {
                out.add(value);
            }
        }
        return out.toArray(String[]::new);
    }
}
