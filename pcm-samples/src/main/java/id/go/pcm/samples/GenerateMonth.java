package id.go.pcm.samples;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a generated month from the command line:
 * {@code java -cp pcm-samples.jar id.go.pcm.samples.GenerateMonth --period=2024-09 --scale=10 --seed=7 --output=DIR};
 * {@code --provinces=2} writes the month of the central bodies and the first two provinces only;
 * {@code --edition=kutai-timur} writes Kabupaten Kutai Timur's regional month, {@code types.csv} included;
 * {@code --format=xlsx} writes every file as an Excel workbook ({@code NAME.xlsx}) with the same values;
 * {@code --submissions} writes {@code reports} and {@code dissemination} as the agencies send them, one
 * workbook per agency in {@code submissions/} ({@link MonthGenerator#withSubmissions()}).
 */
public final class GenerateMonth {

    private static final String USAGE = "usage: --period=YYYY-MM --output=DIR [--edition=national|kutai-timur] [--format=csv|xlsx] [--submissions] [--scale=1] [--seed=1]"
            + " [--fault-rate=0.005] [--provinces=38 (national only)]";

    /** The flag, without a value, for a month of submissions. */
    private static final String SUBMISSIONS = "submissions";

    private GenerateMonth() {
    }

    /**
     * @param args {@code --period}, {@code --output}, and optionally {@code --edition} ({@code national}, or
     *             {@code kutai-timur}), {@code --format} ({@code csv}, or {@code xlsx}), {@code --scale} (1), {@code --seed} (1), {@code --fault-rate} (0.005),
     *             {@code --provinces} (38: the nation; national edition only), and the flag {@code --submissions}
     */
    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.equals("--" + SUBMISSIONS)) {
                options.put(SUBMISSIONS, "");
                continue;
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                fail(USAGE);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        MonthGenerator generator;
        try {
            generator = generator(options);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        Path output = Path.of(options.getOrDefault("output", "target/generated-month"));
        MonthGenerator.Counts counts = generator.writeTo(output);
        System.out.println("Wrote " + output + ": " + counts + "; evaluate it with --as-of=" + generator.asOf());
    }

    /**
     * @param options the command line's options, without their leading {@code --}
     * @return the generator they ask for
     * @throws IllegalArgumentException when they ask for no edition or format there is, for a part of the
     *                                  nation in a regional edition, or give {@code --submissions} a value
     */
    static MonthGenerator generator(Map<String, String> options) {
        MonthFormat format = MonthFormat.of(options.getOrDefault("format", "csv"));
        String submissions = options.get(SUBMISSIONS);
        if (submissions != null && !submissions.isEmpty()) {
            throw new IllegalArgumentException("--submissions takes no value (not --submissions=" + submissions + "); " + USAGE);
        }
        MonthGenerator generator = edition(options).withFormat(format);
        return submissions == null ? generator : generator.withSubmissions();
    }

    private static MonthGenerator edition(Map<String, String> options) {
        YearMonth period = YearMonth.parse(options.getOrDefault("period", "2024-09"));
        double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        double faultRate = Double.parseDouble(options.getOrDefault("fault-rate", "0.005"));
        String edition = options.getOrDefault("edition", "national");
        return switch (edition) {
            case "national" -> new MonthGenerator(period, scale, seed, faultRate)
                    .withFirstProvinces(Integer.parseInt(options.getOrDefault("provinces", Integer.toString(SampleAgencies.PROVINCES))));
            case "kutai-timur" -> {
                if (options.containsKey("provinces")) {
                    throw new IllegalArgumentException("--provinces is for the national edition; the kutai-timur edition's volume is --scale");
                }
                yield MonthGenerator.kutaiTimur(period, scale, seed, faultRate);
            }
            default -> throw new IllegalArgumentException("--edition=" + edition + " is none of national, kutai-timur; " + USAGE);
        };
    }

    private static void fail(String line) {
        System.err.println(line);
        System.exit(2);
    }
}
