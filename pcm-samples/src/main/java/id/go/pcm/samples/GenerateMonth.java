package id.go.pcm.samples;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a generated month from the command line:
 * {@code java -cp pcm-samples.jar id.go.pcm.samples.GenerateMonth --period=2024-09 --scale=10 --seed=7 --output=DIR};
 * {@code --provinces=2} writes the month of the central bodies and the first two provinces only.
 */
public final class GenerateMonth {

    private GenerateMonth() {
    }

    /**
     * @param args {@code --period}, {@code --output}, and optionally {@code --scale} (1), {@code --seed} (1),
     *             {@code --fault-rate} (0.005),
     *             {@code --provinces} (38: the nation)
     */
    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                System.err.println("usage: --period=YYYY-MM --output=DIR [--scale=1] [--seed=1] [--fault-rate=0.005] [--provinces=38]");
                System.exit(2);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        MonthGenerator generator = new MonthGenerator(YearMonth.parse(options.getOrDefault("period", "2024-09")),
                Double.parseDouble(options.getOrDefault("scale", "1")), Long.parseLong(options.getOrDefault("seed", "1")),
                Double.parseDouble(options.getOrDefault("fault-rate", "0.005")))
                .withFirstProvinces(Integer.parseInt(options.getOrDefault("provinces", Integer.toString(SampleAgencies.PROVINCES))));
        Path output = Path.of(options.getOrDefault("output", "target/generated-month"));
        MonthGenerator.Counts counts = generator.writeTo(output);
        System.out.println("Wrote " + output + ": " + counts + "; evaluate it with --as-of=" + generator.asOf());
    }
}
