package org.broadsheet.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value} pairs, {@code --flag} switches, and positional arguments. */
record Options(Map<String, String> values, Set<String> flags, List<String> positional) {

    static Options parse(String[] args, List<String> valued) throws Main.UsageException {
        return parse(args, valued, List.of());
    }

    static Options parse(String[] args, List<String> valued, List<String> switches) throws Main.UsageException {
        Map<String, String> values = new HashMap<>();
        java.util.Set<String> flags = new java.util.HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (switches.contains(name)) {
                    flags.add(name);
                    continue;
                }
                if (!valued.contains(name)) {
                    throw new Main.UsageException("unknown option '" + name + "'");
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new Main.UsageException("option '" + name + "' needs a value");
                    }
                    value = args[++i];
                }
                values.put(name, value);
            } else {
                positional.add(arg);
            }
        }
        return new Options(values, flags, positional);
    }

    String value(String name) {
        return values.get(name);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }
}
