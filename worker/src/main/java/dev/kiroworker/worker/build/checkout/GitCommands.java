package dev.kiroworker.worker.build.checkout;

import dev.kiroworker.worker.build.process.ProcessCommand;
import dev.kiroworker.worker.build.process.ProcessResult;
import java.util.function.Consumer;

/** Runs one git process; {@code ProcessRunner::run} in production, a counting wrapper in tests. */
@FunctionalInterface
interface GitCommands {

  ProcessResult run(ProcessCommand command, Consumer<String> lines);
}
