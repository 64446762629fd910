package dev.neam.parser.manifest;

import java.util.Map;

/** The task sizes AWS Fargate accepts: CPU units and the memory (MiB) each allows. */
final class Fargate {
    private static final Map<Integer, int[]> MEMORY_BY_CPU = Map.of(
            256, new int[] {512, 1024, 2048},
            512, range(1024, 4096, 1024),
            1024, range(2048, 8192, 1024),
            2048, range(4096, 16384, 1024),
            4096, range(8192, 30720, 1024),
            8192, range(16384, 61440, 4096),
            16384, range(32768, 122880, 8192));

    private Fargate() {
    }

    static boolean isValid(String cpu, String memory) {
        if (cpu == null || memory == null || !cpu.matches("[0-9]+") || !memory.matches("[0-9]+")) {
            return true; // not numbers: nothing to compare (the generator hard-codes its own values anyway)
        }
        int[] allowed = MEMORY_BY_CPU.get(Integer.parseInt(cpu));
        if (allowed == null) {
            return false;
        }
        int mem = Integer.parseInt(memory);
        for (int a : allowed) {
            if (a == mem) {
                return true;
            }
        }
        return false;
    }

    private static int[] range(int from, int to, int step) {
        int[] values = new int[(to - from) / step + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i * step;
        }
        return values;
    }
}
