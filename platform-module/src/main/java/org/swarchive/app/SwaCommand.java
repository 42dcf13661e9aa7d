package org.swarchive.app;

import picocli.CommandLine.Command;

/** The root command; without a subcommand picocli prints the usage and exits with 2. */
@Command(name = "swa", mixinStandardHelpOptions = true, version = "Station Archives 0.1.0",
        description = {"社工站档案与评估台账 — Station Archives: keep a social work station's archives in order "
                + "and its evaluation evidence complete.", ""},
        footer = {"", "Stores / 档案库: --store folder:PATH (default) or --store alfresco:URL.",
                "Exit codes / 退出码: 0 ok, 1 internal error, 2 invalid input (file, option or store)."})
final class SwaCommand {
}
