package se.delaktig.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The launcher's command line. */
final class CommandLine {

    static final String USAGE = """
            usage: java -jar delaktig-launcher.jar [options]
              --feature FILE      a feature descriptor (repeat to layer several);
                                  default: the platform, plugin and reference-host features of this build
              --repository DIR    a Maven-layout folder with the bundles (repeatable);
                                  default: this build's repository, then ~/.m2/repository
              --port N            HTTP port (default 8080)
              --host ADDRESS      address to listen on (default localhost)
              --data DIR          data folder, kept between runs (default ./delaktig-data)
              --config DIR        configuration files (.cfg/.config) read by FileInstall (default DATA/config)
              --ready-path PATH   wait until this path answers 200, then print the banner
              --banner FILE       text to print once ready ({port} and {host} are replaced)
              --property K=V      a framework property, overriding the features' (repeatable)
            """;

    static LaunchOptions parse(String[] args, Path buildFolder) {
        List<Path> features = new ArrayList<>();
        List<Path> repositories = new ArrayList<>();
        int port = 8080;
        String host = "localhost";
        Path data = Path.of("delaktig-data");
        Path config = null;
        String readyPath = null;
        String banner = null;
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("help");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--feature" -> features.add(existing(value));
                case "--repository" -> repositories.add(Path.of(value));
                case "--port" -> port = number(option, value);
                case "--host" -> host = value;
                case "--data" -> data = Path.of(value);
                case "--config" -> config = Path.of(value);
                case "--ready-path" -> readyPath = value.startsWith("/") ? value : "/" + value;
                case "--banner" -> banner = read(existing(value));
                case "--property" -> {
                    int equals = value.indexOf('=');
                    if (equals < 1) {
                        throw new IllegalArgumentException("--property takes KEY=VALUE, not '" + value + "'");
                    }
                    properties.put(value.substring(0, equals), value.substring(equals + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (features.isEmpty()) {
            Path dir = buildFolder.resolve("classes").resolve("features");
            for (String name : List.of("delaktig-platform.json", "delaktig-plugin.json", "delaktig-reference-host.json")) {
                features.add(existing(dir.resolve(name).toString()));
            }
        }
        if (repositories.isEmpty()) {
            repositories.add(buildFolder.resolve("repository"));
            repositories.add(Path.of(System.getProperty("user.home"), ".m2", "repository"));
        }
        return new LaunchOptions(features, repositories, port, host, data, config != null ? config : data.resolve("config"),
                readyPath, banner, properties);
    }

    private static Path existing(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(file + " does not exist (build first: mvn -DskipTests package)");
        }
        return path;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private CommandLine() {
    }
}
