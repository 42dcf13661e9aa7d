package org.swarchive.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Message;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML data file read as a node tree, so every value keeps its line, and the problems found
 * while reading it. Readers report a problem and go on, so one run names every mistake.
 */
final class YamlSource {

    private final String file;
    private final List<LibraryProblem> problems = new ArrayList<>();

    YamlSource(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /**
     * The limits every data file is read under (catalogue, frameworks, schedules, permission
     * plans), checked before any parsing: a station's file is its users' input, and a huge or
     * self-referencing one must cost a message, not the server.
     */
    static final int MAX_BYTES = 1024 * 1024;
    /** Deeper than any of our formats needs (a framework is five levels). */
    static final int MAX_NESTING = 40;
    /** Aliases of lists and mappings: enough for reuse, too few for a "billion laughs". */
    static final int MAX_COLLECTION_ALIASES = 10;

    /** Parses the stream as strict UTF-8 YAML; empty (with a problem) on a syntax or encoding error, or past a limit. */
    Optional<Node> parse(InputStream in) {
        byte[] bytes;
        try {
            // Never more than the limit (and one byte to tell) is read, whatever the file's size.
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            problem(1, Message.of("library.unreadable", e.getMessage()));
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            problem(1, Message.of("library.too-large", String.valueOf(MAX_BYTES / 1024)));
            return Optional.empty();
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), decoder)) {
            Node root = new Yaml(options()).compose(reader);
            if (root == null) {
                problem(1, Message.of("library.empty"));
                return Optional.empty();
            }
            Optional<Node> cycle = selfContaining(root, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
            if (cycle.isPresent()) {
                problem(cycle.get(), Message.of("library.recursive-alias"));
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
            problem(line, Message.of("library.yaml-syntax", what));
        } catch (YAMLException | IOException e) {
            String what = e.getCause() instanceof CharacterCodingException ? "not valid UTF-8" : e.getMessage();
            problem(1, Message.of("library.unreadable", what));
        }
        return Optional.empty();
    }

    /** SnakeYAML's own guards, set to the limits above. */
    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        return options;
    }

    /**
     * A list or mapping that contains itself through an alias ({@code &a [*a]}): SnakeYAML composes
     * it as a cycle, which every reader would follow for ever. The nesting limit bounds the walk.
     */
    private static Optional<Node> selfContaining(Node node, Set<Node> open) {
        if (node instanceof ScalarNode) {
            return Optional.empty();
        }
        if (!open.add(node)) {
            return Optional.of(node);
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof SequenceNode s) {
            children.addAll(s.getValue());
        } else if (node instanceof MappingNode m) {
            m.getValue().forEach(t -> {
                children.add(t.getKeyNode());
                children.add(t.getValueNode());
            });
        }
        for (Node child : children) {
            Optional<Node> cycle = selfContaining(child, open);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        open.remove(node);
        return Optional.empty();
    }

    /**
     * Opens a station's data file and hands it to {@code read}; a missing or unreadable file is
     * refused as a problem at line 0, like any other mistake in it.
     */
    static <T> T readFile(Path file, Message notFound, BiFunction<InputStream, String, T> read) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidLibraryFileException(List.of(new LibraryProblem(file.toString(), 0, notFound)));
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidLibraryFileException(List.of(new LibraryProblem(file.toString(), 1,
                        Message.of("library.too-large", String.valueOf(MAX_BYTES / 1024)))));
            }
        } catch (IOException e) {
            throw new InvalidLibraryFileException(List.of(new LibraryProblem(file.toString(), 0,
                    Message.of("library.unreadable", e.getMessage()))));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read.apply(in, file.toString());
        } catch (IOException e) {
            throw new InvalidLibraryFileException(List.of(new LibraryProblem(file.toString(), 0,
                    Message.of("library.unreadable", e.getMessage()))));
        }
    }

    List<LibraryProblem> problems() {
        return List.copyOf(problems);
    }

    void problem(Node at, Message why) {
        problem(line(at), why);
    }

    void problem(int line, Message why) {
        problems.add(new LibraryProblem(file, line, why));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * A mapping's entries by key, each with its value node; a problem when the node is no mapping.
     * With {@code allowedKeys} null any key is allowed (a map of names the file itself chooses).
     */
    Optional<Map<String, Node>> mapping(Node node, String what, Set<String> allowedKeys) {
        if (!(node instanceof MappingNode m)) {
            problem(node, Message.of("library.not-mapping", what));
            return Optional.empty();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            if (allowedKeys != null && !allowedKeys.contains(key)) {
                problem(t.getKeyNode(), Message.of("library.unknown-key", what, key));
            } else {
                entries.put(key, t.getValueNode());
            }
        }
        return Optional.of(entries);
    }

    Optional<List<Node>> sequence(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return Optional.of(s.getValue());
        }
        problem(node, Message.of("library.not-list", what));
        return Optional.empty();
    }

    Optional<String> scalar(Node node, String what) {
        if (node instanceof ScalarNode s && !s.getValue().isBlank()) {
            return Optional.of(s.getValue().trim());
        }
        problem(node, Message.of("library.blank", what));
        return Optional.empty();
    }

    Optional<String> required(Map<String, Node> entries, String key, Node parent, String what) {
        Node n = entries.get(key);
        if (n == null) {
            problem(parent, Message.of("library.missing-key", what, key));
            return Optional.empty();
        }
        return scalar(n, what + "." + key);
    }

    Optional<BigDecimal> number(Node node, String what) {
        return scalar(node, what).flatMap(v -> {
            try {
                return Optional.of(new BigDecimal(v));
            } catch (NumberFormatException e) {
                problem(node, Message.of("library.not-number", what, v));
                return Optional.empty();
            }
        });
    }

    /** A {zh-CN, en} label; a missing language is a problem. */
    Optional<LocalizedText> label(Node node, String what) {
        return mapping(node, what, Set.of("zh-CN", "en")).flatMap(m -> {
            Optional<String> zh = required(m, "zh-CN", node, what);
            Optional<String> en = required(m, "en", node, what);
            return zh.isPresent() && en.isPresent() ? Optional.of(new LocalizedText(zh.get(), en.get())) : Optional.empty();
        });
    }
}
