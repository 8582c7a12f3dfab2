package io.newsarchive.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.util.Locale;

/**
 * Dates printed in the Solar Hijri (Iranian) and the Hijri (Islamic) calendar, as Iranian and Gulf sites print
 * them ("Esfand 14, 1402", "1 Azar 1405", "Sha'ban 16, 1441"), turned into the Gregorian day they name. The Solar
 * Hijri calendar is the astronomical one Iran uses, computed with the well-known 33-year-cycle breaks (exact for
 * years 1 to 3177); the Hijri one is Java's Umm al-Qura calendar.
 */
final class OtherCalendars {
    /** Solar Hijri month names in their common English spellings, in order (Farvardin = 1). */
    static final String SOLAR_MONTH = "(farvardin|ordibehesht|khordad|tir|mordad|amordad|shahrivar|mehr|aban|azar|"
            + "dey|day|bahman|esfand|esfandmah)";
    /** Hijri month names in their common English spellings. */
    static final String HIJRI_MONTH = "(muharram|safar|rabi(?:['’`]?|\\s)?(?:al|ul|i)?[-\\s]?(?:awwal|thani|akhir|akhar|"
            + "i{1,2}|1|2)|jumad(?:a|i|ah)?(?:['’`]?|\\s)?(?:al|ul)?[-\\s]?(?:ula|oola|awwal|akhirah|akhira|thani|thaniyah|"
            + "i{1,2}|1|2)|rajab|sha['’`]?ban|ramadh?an|shawwal|dhu[-\\s]?al[-\\s]?qi['’`]?dah|dhu[-\\s]?al[-\\s]?hijj?ah|"
            + "zul[-\\s]?qi['’`]?dah|zul[-\\s]?hijj?ah)";

    private static final int[] BREAKS = {-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
        2192, 2262, 2324, 2394, 2456, 3178};

    private OtherCalendars() {
    }

    /** The Gregorian day of a Solar Hijri date; month is 1 to 12. */
    static LocalDate fromSolarHijri(int year, int month, int day) {
        if (year < 1 || year >= BREAKS[BREAKS.length - 1] || month < 1 || month > 12 || day < 1
                || day > (month <= 6 ? 31 : 30)) {
            throw new DateTimeException("no Solar Hijri date " + year + "/" + month + "/" + day);
        }
        int gy = year + 621;
        int leapJ = -14;
        int jp = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            int jm = BREAKS[i];
            jump = jm - jp;
            if (year < jm) {
                break;
            }
            leapJ += jump / 33 * 8 + jump % 33 / 4;
            jp = jm;
        }
        int n = year - jp;
        leapJ += n / 33 * 8 + (n % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - n == 4) {
            leapJ++;
        }
        int leapG = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
        int march = 20 + leapJ - leapG; // the day in March of 1 Farvardin
        int offset = (month <= 7 ? (month - 1) * 31 : 6 * 31 + (month - 7) * 30) + day - 1;
        return LocalDate.of(gy, 3, march).plusDays(offset);
    }

    /** The month number of a Solar Hijri month's name. */
    static int solarMonth(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "farvardin" -> 1;
            case "ordibehesht" -> 2;
            case "khordad" -> 3;
            case "tir" -> 4;
            case "mordad", "amordad" -> 5;
            case "shahrivar" -> 6;
            case "mehr" -> 7;
            case "aban" -> 8;
            case "azar" -> 9;
            case "dey", "day" -> 10;
            case "bahman" -> 11;
            default -> 12;
        };
    }

    /** The Gregorian day of a Hijri (Umm al-Qura) date. */
    static LocalDate fromHijri(int year, int month, int day) {
        HijrahDate date = HijrahChronology.INSTANCE.date(year, month, day);
        return LocalDate.from(date);
    }

    /** The month number of a Hijri month's name, in any of its usual spellings. */
    static int hijriMonth(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (n.startsWith("muharram")) {
            return 1;
        } else if (n.startsWith("safar")) {
            return 2;
        } else if (n.startsWith("rabi")) {
            return n.endsWith("awwal") || n.endsWith("i") && !n.endsWith("ii") || n.endsWith("1") ? 3 : 4;
        } else if (n.startsWith("jumad")) {
            return n.endsWith("ula") || n.endsWith("oola") || n.endsWith("awwal") || n.endsWith("1")
                    || n.endsWith("i") && !n.endsWith("ii") && !n.endsWith("thani") ? 5 : 6;
        } else if (n.startsWith("rajab")) {
            return 7;
        } else if (n.startsWith("sha")) {
            return 8;
        } else if (n.startsWith("ramad")) {
            return 9;
        } else if (n.startsWith("shawwal")) {
            return 10;
        } else if (n.contains("qi")) {
            return 11;
        }
        return 12;
    }
}
