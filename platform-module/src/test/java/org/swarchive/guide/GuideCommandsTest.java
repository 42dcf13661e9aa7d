package org.swarchive.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.app.ServeRunner;
import org.swarchive.app.SwaCli;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import picocli.CommandLine;

/**
 * Every command the guides in {@code docs/guide/} show is run, as a reader would run it from the
 * project's root after {@code ./run.sh demo}: each guide on its own copy of the demo station, its
 * {@code sh} blocks in order, through the in-process CLI, on the guides' "today" (2 March 2026).
 * A command must exit 0 — in a block marked {@code sh fails}, non-zero. {@code swa serve} is started
 * on a free port, every {@code http://127.0.0.1:8080/…} address the guide names is asked for, and it
 * is stopped. Placeholders the reader replaces by an id a command printed ({@code WINDOW} after
 * {@code swa inspect open}, {@code REQUEST} after {@code swa access request}) are replaced the same way.
 */
class GuideCommandsTest {

    /** The day the guides are written for: the 2025 evaluation is being prepared. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Path GUIDES = ProjectFiles.root().resolve("docs/guide");
    static final List<String> ROLE_GUIDES = List.of("archivist.md", "station-head.md", "evaluator.md", "district-admin.md");

    private static final Pattern FENCE = Pattern.compile("^```(.*)$");
    private static final Pattern GUIDE_URL = Pattern.compile("http://127\\.0\\.0\\.1:8080/([^\\s`)<>]*)");
    private static final Pattern ID = Pattern.compile("\\b([0-9a-f]{8})\\b");
    /** Options whose value is a file or folder the reader names relative to the project's root. */
    private static final Set<String> PATH_OPTIONS = Set.of("--out", "--report-dir", "--schedule", "--catalogue", "--permission-plan",
            "--plan");
    /** Placeholders for ids a command prints, and the command whose output gives them. */
    private static final Map<String, String> PLACEHOLDERS = Map.of("WINDOW", "inspect open", "REQUEST", "access request");

    @TempDir
    static Path tmp;
    static Path demo;

    /** What {@code ./run.sh demo} leaves in the project's root (without serving): made once, when a guide first needs it, then copied. */
    static synchronized Path demo() {
        if (demo == null) {
            Path root = tmp.resolve("demo");
            Run made = swa(List.of("demo", root.resolve("demo-station").toString(), "--report-dir", root.resolve("reports").toString(),
                    "--no-serve"));
            assertThat(made.exit()).as(made.err()).isZero();
            demo = root.resolve("demo-station");
        }
        return demo;
    }

    @TestFactory
    Stream<DynamicTest> should_run_every_command_of_a_guide_as_shown_when_run_on_the_demo_station() throws IOException {
        return guides().stream().map(guide -> DynamicTest.dynamicTest(guide.getFileName().toString(), () -> runGuide(guide)));
    }

    @Test
    void should_keep_commands_to_sh_blocks_of_swa_and_text_blocks_when_a_guide_shows_a_command() throws IOException {
        assertThat(guides().stream().map(g -> g.getFileName().toString())).containsAll(ROLE_GUIDES);
        int commands = 0;
        for (Path guide : guides()) {
            List<Block> blocks = blocks(guide);
            assertThat(blocks).as("%s: fenced blocks are sh, sh fails, text, or a data format", guide.getFileName())
                    .allSatisfy(b -> assertThat(b.kind()).isIn("sh", "sh fails", "text", "yaml", "xml", "properties"));
            for (Block b : blocks.stream().filter(Block::runs).toList()) {
                assertThat(b.commands()).as("%s:%d: an sh block holds swa commands", guide.getFileName(), b.line()).isNotEmpty();
                commands += b.commands().size();
            }
            if (ROLE_GUIDES.contains(guide.getFileName().toString())) {
                assertThat(blocks.stream().filter(Block::runs)).as("%s runs commands", guide.getFileName()).isNotEmpty();
            }
        }
        assertThat(commands).as("commands run from the guides").isGreaterThanOrEqualTo(40);
    }

    @Test
    void should_lead_every_relative_link_of_the_guides_to_a_file_and_heading_that_exist() throws IOException {
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        List<String> broken = new ArrayList<>();
        List<Path> documents = new ArrayList<>(guides());
        documents.add(ProjectFiles.root().resolve("README.md"));
        documents.add(ProjectFiles.root().resolve("docs/domain.md"));
        for (Path doc : documents) {
            Matcher m = link.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path to = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                if (!Files.exists(to)) {
                    // docs/architecture.md is the lead's; a link to it may come before the file does.
                    if (!to.endsWith(Path.of("docs", "architecture.md"))) {
                        broken.add(ProjectFiles.root().relativize(doc) + ": " + target);
                    }
                } else if (target.contains("#") && to.toString().endsWith(".md")
                        && !anchors(Files.readString(to)).contains(target.substring(target.indexOf('#') + 1))) {
                    broken.add(ProjectFiles.root().relativize(doc) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** Runs a guide's commands in order on a fresh copy of the demo station. */
    private static void runGuide(Path guide) throws Exception {
        Path work = tmp.resolve("run-" + guide.getFileName().toString().replace(".md", ""));
        DemoStations.copy(demo(), work.resolve("demo-station"));
        String text = Files.readString(guide);
        Map<String, String> ids = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (Block block : blocks(guide).stream().filter(Block::runs).toList()) {
            for (Command c : block.commands()) {
                String where = guide.getFileName() + ":" + c.line() + ": " + c.text();
                List<String> args = localize(c.args(), work, ids);
                if (args.get(0).equals("serve")) {
                    serve(args, text, where, failures);
                    continue;
                }
                if (args.get(0).equals("demo") && !args.contains("--no-serve") && !args.contains("--generate-only")) {
                    failures.add(where + "\n  swa demo serves until stopped: give --no-serve or --generate-only in a guide");
                    continue;
                }
                Run run = swa(args);
                boolean ok = block.fails() ? run.exit() != 0 : run.exit() == 0;
                if (!ok) {
                    failures.add(where + "\n  exit " + run.exit() + (block.fails() ? " (the block says it fails)" : "") + "\n  "
                            + (run.err() + run.out()).strip().replace("\n", "\n  "));
                }
                PLACEHOLDERS.forEach((placeholder, command) -> {
                    Matcher id = ID.matcher(run.out());
                    if (String.join(" ", args).startsWith(command) && id.find()) {
                        ids.put(placeholder, id.group(1));
                    }
                });
            }
        }
        assertThat(failures).as("commands of %s that did not do as shown", guide.getFileName()).isEmpty();
    }

    /** Starts {@code swa serve} on a free port, asks for the board and every address the guide names, and stops it. */
    private static void serve(List<String> args, String guide, String where, List<String> failures) throws Exception {
        List<String> onAnyPort = new ArrayList<>(args);
        if (!onAnyPort.contains("--port")) {
            onAnyPort.addAll(List.of("--port", "0"));
        }
        Clock clock = clock();
        try (ServeRunner serve = ServeRunner.start(clock, Map.of(), onAnyPort.toArray(String[]::new))) {
            if (serve.url() == null) {
                failures.add(where + "\n  did not start: " + serve.err().strip());
                return;
            }
            List<String> paths = new ArrayList<>(List.of(""));
            GUIDE_URL.matcher(guide).results().map(m -> m.group(1)).distinct().forEach(paths::add);
            for (String path : paths) {
                // Signed in as the demo's evaluator for the evaluator's view, as its district administrator (every served station) for the rest.
                serve.as(path.startsWith("inspect/") ? "assessor" : "district");
                int status = serve.get(path).statusCode();
                if (status != 200) {
                    failures.add(where + "\n  http://127.0.0.1:8080/" + path + " answered " + status);
                }
            }
        }
    }

    /** The reader's paths are relative to the project's root: here, to the guide's working folder. */
    static List<String> localize(List<String> args, Path work, Map<String, String> ids) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String previous = i > 0 ? args.get(i - 1) : "";
            if (PLACEHOLDERS.containsKey(a)) {
                a = ids.getOrDefault(a, a);
            } else if (a.startsWith("folder:") && !Path.of(a.substring(7)).isAbsolute()) {
                a = "folder:" + work.resolve(a.substring(7));
            } else if ((PATH_OPTIONS.contains(previous) || previous.equals("--framework") && a.matches(".*\\.ya?ml"))
                    && !Path.of(a).isAbsolute()) {
                a = work.resolve(a).toString();
            } else if (i == 1 && args.get(0).equals("demo") && !a.startsWith("-")) {
                a = work.resolve(a).toString();
            }
            out.add(a);
        }
        return out;
    }

    // --- the guides' blocks ---

    /** A fenced block: its info string ({@code sh}, {@code sh fails}, {@code text} …), its first line, and its swa commands. */
    record Block(String kind, int line, List<Command> commands) {
        boolean runs() {
            return kind.equals("sh") || kind.equals("sh fails");
        }

        boolean fails() {
            return kind.equals("sh fails");
        }
    }

    /** A command line of an sh block, as written and as arguments to {@code swa}. */
    record Command(int line, String text, List<String> args) {
    }

    static List<Path> guides() throws IOException {
        try (Stream<Path> files = Files.list(GUIDES)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    static List<Block> blocks(Path guide) throws IOException {
        List<String> lines = Files.readAllLines(guide);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String kind = open.group(1).trim();
            int start = i + 1;
            List<Command> commands = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            int pendingLine = 0;
            for (i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                if (!kind.equals("sh") && !kind.equals("sh fails")) {
                    continue;
                }
                String line = lines.get(i);
                if (pending.isEmpty()) {
                    pendingLine = i + 1;
                }
                if (line.endsWith("\\")) {
                    pending.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                pending.append(line);
                String text = pending.toString().strip();
                pending.setLength(0);
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                List<String> words = words(text);
                if (words.size() >= 2 && words.get(0).equals("./run.sh") && words.get(1).equals("swa")) {
                    words = words.subList(1, words.size());
                }
                if (words.isEmpty() || !words.get(0).equals("swa")) {
                    throw new IllegalStateException(guide.getFileName() + ":" + pendingLine + ": an sh block holds only swa commands "
                            + "(put anything else in a text block, saying it is not run): " + text);
                }
                commands.add(new Command(pendingLine, text, words.subList(1, words.size())));
            }
            blocks.add(new Block(kind, start, commands));
        }
        return blocks;
    }

    /** Splits a command line as a POSIX shell would for these guides: quotes, backslash escapes, and a trailing {@code # comment}. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    w.append(line.charAt(++i));
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote: " + line);
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    /** The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new java.util.HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (fenced || !line.startsWith("#")) {
                continue;
            }
            String heading = line.replaceFirst("^#+\\s*", "").strip();
            String slug = heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }

    // --- running swa ---

    record Run(int exit, String out, String err) {
    }

    static Clock clock() {
        return Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    /** {@code swa ARGS} in-process, as the jar would run it, on the guides' today. */
    static Run swa(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), clock()).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
