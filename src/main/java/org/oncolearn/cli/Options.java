package org.oncolearn.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code --name value} pairs after the command, checked against what the command accepts. */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param accepted option name → whether it is required
     */
    static Options parse(String[] args, int from, Map<String, Boolean> accepted) {
        Map<String, String> values = new HashMap<>();
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!accepted.containsKey(name)) {
                throw new UsageException("unknown option \"" + name + "\"");
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("option " + name + " needs a value");
                }
                value = args[++i];
            }
            if (values.put(name, value) != null) {
                throw new UsageException("option " + name + " is given twice");
            }
        }
        accepted.forEach((name, required) -> {
            if (required && !values.containsKey(name)) {
                throw new UsageException("option " + name + " is required");
            }
        });
        return new Options(values);
    }

    String required(String name) {
        return values.get(name);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
