import java.nio.file.Path;
import java.util.Arrays;

import org.cyberpolicy.quiz.bank.BankConfig;
import org.cyberpolicy.quiz.bank.load.BankLoader;
import org.cyberpolicy.quiz.bank.load.LoadResult;
import org.cyberpolicy.quiz.bank.yaml.YamlLimits;

/**
 * Times the app's own loader and validator ({@link BankLoader}, as used at start-up, on reload and by the validate
 * command) on a bank folder, in one JVM: the first load ("cold": classes loaded and code interpreted, as at the app's
 * start) and then REPEAT more loads ("warm": the median, after the JIT has compiled the hot paths, as on a reload in a
 * running app). Each load reads, parses and validates every file from disk. Prints key=value lines for bench/run.
 * Run as bench/run does, compiled first and with the app's heap (CP: target/quarkus-app/app/* and lib/main/*):
 * javac -d CLASSES -cp CP bench/java/BankLoad.java; java -Xmx512m -cp CLASSES:CP BankLoad DIR [REPEAT]
 */
public final class BankLoad {

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        BankLoader loader = new BankLoader(BankConfig.DEFAULT_MAX_FILE_BYTES, YamlLimits.DEFAULT);
        long start = System.nanoTime();
        LoadResult first = loader.load(folder);
        long cold = System.nanoTime() - start;
        if (!(first instanceof LoadResult.Loaded loaded)) {
            System.out.println("error=" + ((LoadResult.Rejected) first).errors().get(0));
            System.exit(1);
            return;
        }
        long[] warm = new long[repeat];
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            loader.load(folder);
            warm[i] = System.nanoTime() - t;
        }
        Arrays.sort(warm);
        System.out.println("summary=" + loaded.bank().summary());
        System.out.println("generated=" + loaded.bank().generatedCount());
        System.out.printf("cold_ms=%.0f%n", cold / 1e6);
        System.out.printf("warm_ms=%.0f%n", warm[repeat / 2] / 1e6);
        System.out.printf("warm_best_ms=%.0f%n", warm[0] / 1e6);
    }
}
