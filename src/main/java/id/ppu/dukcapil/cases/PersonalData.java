package id.ppu.dukcapil.cases;

/** Masking of personal data for staff who may see cases but not the people behind them. */
final class PersonalData {

    private PersonalData() {}

    /** "Siti Aminah" becomes "S*** A*****": enough to tell rows apart, not to identify. */
    static String maskName(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean wordStart = true;
        for (char ch : name.toCharArray()) {
            if (Character.isWhitespace(ch)) {
                sb.append(ch);
                wordStart = true;
            } else {
                sb.append(wordStart ? ch : '*');
                wordStart = false;
            }
        }
        return sb.toString();
    }

    static String maskPhone(String phone) {
        return phone == null || phone.length() < 4
                ? phone
                : "*".repeat(phone.length() - 3) + phone.substring(phone.length() - 3);
    }
}
