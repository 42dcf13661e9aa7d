package org.swarchive.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.Category;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.RecordReader;
import org.swarchive.archive.SubjectKind;
import org.swarchive.archive.SubjectRoster;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.EvidenceIndex;
import org.swarchive.evidence.EvidenceRequirement;
import org.swarchive.evidence.EvidenceSlot;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.evidence.RequirementResult;
import org.swarchive.evidence.SlotOutcome;
import org.swarchive.filing.Numbering;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.store.folder.FolderCodes;
import org.swarchive.store.folder.FolderLock;
import org.swarchive.store.folder.FolderState;
import org.swarchive.store.folder.FolderStore;
import org.swarchive.store.folder.MetadataFile;

/**
 * Makes a realistic station as a folder store: a year of records in all five categories, staff
 * and case registers, and a few gaps a station would recognise. The station is planned in
 * memory first; the engine then names every slot still empty, and the generator fills all of
 * them but the deliberate gaps, so the station fits whatever framework it is made for.
 */
public final class DemoStationGenerator {

    static final String INBOX = "收件箱";
    private static final BigDecimal TRAINING_HOURS = BigDecimal.valueOf(24);
    private static final String[][] STAFF = {
            {"S01", "王芳", "2019-03-01", null}, {"S02", "李娜", "2020-06-15", null}, {"S03", "张伟", "2021-09-01", null},
            {"S04", "刘洋", "2022-02-14", null}, {"S05", "陈静", "2023-07-01", null}, {"S06", "杨帆", "2024-03-01", null},
            {"S07", "赵磊", "2022-05-01", "-06-30"}, {"S08", "黄敏", "-04-01", null}};

    private final DocTypeCatalogue catalogue;
    private final ReadinessEngine engine;
    private final DemoDocuments documents = new DemoDocuments();

    public DemoStationGenerator(DocTypeCatalogue catalogue, ReadinessEngine engine) {
        this.catalogue = catalogue;
        this.engine = engine;
    }

    /** The gaps every demo station is made with (where the framework asks for that evidence). */
    public static List<DeliberateGap> deliberateGaps(int year) {
        return List.of(
                new DeliberateGap("monthly-summary", year + "-07", null, Message.of("filing.demo.gap.monthly")),
                new DeliberateGap("labour-contract", null, "S05", Message.of("filing.demo.gap.contract")),
                new DeliberateGap("case-closing", null, "C007", Message.of("filing.demo.gap.closing")),
                new DeliberateGap("training-record", String.valueOf(year), "S04", Message.of("filing.demo.gap.training")));
    }

    /**
     * Plans and writes the station under {@code root}, which must not exist or be empty. Its codes
     * are drawn as every filing draws them (the station's counters moved past them), holding the
     * station's filing lock while it is written.
     */
    public DemoStation generate(Path root, Framework framework, DemoOptions options, Consumer<String> progress)
            throws IOException {
        Files.createDirectories(root);
        Numbering numbering = new Numbering(new FolderState(root), new FolderCodes(new FolderStore(root, new RecordReader(catalogue))));
        try {
            return new FolderLock(root).holding(() -> {
                try (Numbering.Batch codes = numbering.batch()) {
                    return write(root, plan(framework, options, codes::next), options, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private DemoStation write(Path root, Plan plan, DemoOptions options, Consumer<String> progress) throws IOException {
        progress.accept(plan.documents.size() + " records planned");
        int written = 0;
        for (PlannedDocument d : plan.documents) {
            Path folder = root.resolve(d.folder());
            Files.createDirectories(folder);
            Path file = folder.resolve(d.fileName());
            documents.write(file, d.format(), d.content());
            if (!d.inInbox()) {
                MetadataFile.write(MetadataFile.of(file), d.metadata());
            }
            if (++written % 1_000 == 0) {
                progress.accept(written + " / " + plan.documents.size() + " written");
            }
        }
        Path inbox = root.resolve(INBOX);
        Files.createDirectories(inbox);
        List<String> unclassified = new ArrayList<>();
        // Three documents no rule can place: the filer must queue them for an archivist.
        Optional<LocalDate> created = Optional.of(LocalDate.of(options.year(), 11, 20));
        documents.scannedPdf(inbox.resolve("扫描件001.pdf"), created);
        documents.docx(inbox.resolve("新建 Microsoft Word 文档.docx"), new DemoDocuments.Content("关于近期几项事情的说明",
                List.of("各位同事：", "下周起请大家按时到岗，外出请提前说明。", "办公室钥匙统一放在前台。"), Optional.of("王芳"), created));
        documents.write(inbox.resolve("新建文本文档.txt"), DemoDocuments.Format.TXT, new DemoDocuments.Content("待整理",
                List.of("这些材料还没有看过，先放在这里。", options.stationName()), Optional.empty(), Optional.empty()));
        for (String name : List.of("扫描件001.pdf", "新建 Microsoft Word 文档.docx", "新建文本文档.txt")) {
            unclassified.add(INBOX + "/" + name);
        }
        writeStationFile(root, options);
        int filed = (int) plan.documents.stream().filter(d -> !d.inInbox()).count();
        List<String> toFile = plan.documents.stream().filter(PlannedDocument::inInbox).map(d -> d.folder() + "/" + d.fileName()).toList();
        return new DemoStation(root, plan.documents.size(), plan.deliberate, unclassified, plan.badMetadata, filed, toFile);
    }

    /** The station's 全宗号, where {@code swa file} finds it. */
    private static void writeStationFile(Path root, DemoOptions options) throws IOException {
        Path state = root.resolve(".swa");
        Files.createDirectories(state);
        MetadataFile.write(state.resolve("station.xml"), Map.of("fonds", options.fonds()));
    }

    /** The station in memory: documents (with folders, names, metadata) and the gaps left on purpose. */
    Plan plan(Framework framework, DemoOptions options, Function<ArchiveSeries, ArchiveCode> codes) {
        Planner p = new Planner(options, codes);
        p.registers();
        p.baseline();
        p.olderRecords();
        List<DeliberateGap> deliberate = deliberateGaps(options.year());
        p.fill(framework, deliberate);
        if (p.docs.size() < options.minRecords()) {
            // Bigger stations get more cases, each with its intake, plans and records: measure what
            // ten more cases add, then add as many as the target needs.
            int before = p.docs.size();
            p.addCases(10);
            p.fill(framework, deliberate);
            int perCase = Math.max(1, (p.docs.size() - before) / 10);
            while (p.docs.size() < options.minRecords()) {
                p.addCases(Math.max(1, (options.minRecords() - p.docs.size() + perCase - 1) / perCase));
                p.fill(framework, deliberate);
            }
        }
        p.badMetadataExample();
        return new Plan(p.finish(), p.deliberateUsed, p.badMetadata);
    }

    record Plan(List<PlannedDocument> documents, List<DeliberateGap> deliberate, List<String> badMetadata) {
    }

    /** One station being planned; thrown away after {@link #plan}. */
    private final class Planner {
        private final DemoOptions options;
        private final int year;
        private final Period evaluation;
        private final Random random;
        private final List<Map<String, String>> docs = new ArrayList<>();
        private final List<DeliberateGap> deliberateUsed = new ArrayList<>();
        private final List<String> badMetadata = new ArrayList<>();
        private final Map<String, String> staffNames = new HashMap<>();
        private final Function<ArchiveSeries, ArchiveCode> codes;
        private int cases;

        Planner(DemoOptions options, Function<ArchiveSeries, ArchiveCode> codes) {
            this.options = options;
            this.codes = codes;
            this.year = options.year();
            this.evaluation = Period.year(year);
            this.random = new Random(options.seed());
        }

        void registers() {
            for (String[] s : STAFF) {
                staffNames.put(s[0], s[1]);
                LocalDate from = s[2].startsWith("-") ? LocalDate.parse(year + s[2]) : LocalDate.parse(s[2]);
                Map<String, String> d = doc("staff-profile", null, from, s[0]);
                d.put(RecordProperty.EMPLOYED_FROM.key(), from.toString());
                if (s[3] != null) {
                    d.put(RecordProperty.EMPLOYED_UNTIL.key(), year + s[3]);
                }
            }
            addCases(30);
        }

        void addCases(int n) {
            for (int i = 0; i < n; i++) {
                cases++;
                String id = String.format("C%03d", cases);
                boolean carriedOver = cases % 3 == 0;
                LocalDate opened = carriedOver ? LocalDate.of(year - 1, 1 + random.nextInt(12), 1 + random.nextInt(28))
                        : LocalDate.of(year, 1 + random.nextInt(11), 1 + random.nextInt(28));
                LocalDate closed = opened.plusDays(45 + random.nextInt(200));
                boolean closes = random.nextInt(10) < 6 && !closed.isAfter(evaluation.end().minusDays(10));
                if (id.equals("C007")) {
                    // The case of the deliberate gap: closed in September, no closing report.
                    opened = LocalDate.of(year, 3, 3);
                    closed = LocalDate.of(year, 9, 12);
                    closes = true;
                }
                Map<String, String> d = doc("case-intake", null, opened, id);
                d.put(RecordProperty.CASE_OPENED.key(), opened.toString());
                if (closes) {
                    d.put(RecordProperty.CASE_CLOSED.key(), closed.toString());
                }
                if (!carriedOver) {
                    doc("case-assessment", null, opened.plusDays(7), id);
                }
            }
        }

        /** What a station files beyond any indicator: more vouchers, statements, asset paperwork. */
        void baseline() {
            for (int m = 1; m <= 12; m++) {
                Period month = Period.month(year, m);
                for (int v = 0; v < 3; v++) {
                    doc("voucher", month.label(), month.start().plusDays(5 + 8 * v), null);
                }
                doc("bank-statement", month.label(), month.end(), null);
                doc("issue-record", month.label(), month.start().plusDays(10), null);
            }
            doc("ledger", String.valueOf(year), evaluation.end(), null);
            for (int q = 1; q <= 4; q++) {
                doc("group-plan", Period.quarter(year, q).label(), Period.quarter(year, q).start().plusDays(3), null);
                doc("purchase-record", null, Period.quarter(year, q).start().plusDays(20), null);
                doc("acceptance-record", null, Period.quarter(year, q).start().plusDays(25), null);
            }
            for (int a = 1; a <= 4; a++) {
                Map<String, String> card = doc("asset-card", null, LocalDate.of(year - 2, a * 2, 10), null);
                card.put("swa:assetTag", String.format("ZC-%04d", a));
                if (a == 4) {
                    card.put(RecordProperty.RETENTION_EVENT_DATE.key(), LocalDate.of(year, 11, 30).toString());
                }
            }
            doc("disposal-record", null, LocalDate.of(year, 11, 30), null);
            doc("recruitment", null, LocalDate.of(year, 3, 1), null);
            doc("referral", null, LocalDate.of(year, 5, 16), "C002");
            doc("honor", String.valueOf(year), LocalDate.of(year, 12, 5), null);
        }

        /**
         * A few records eleven years old, whose ten years have run out, so {@code swa retention due}
         * has something to show: work logs, summaries and sign-in sheets, and bank statements
         * (accounting archives) of which one is held for an audit. They cover no slot of the
         * evaluation year, so the gaps stay exactly the deliberate ones.
         */
        void olderRecords() {
            int old = year - 11;
            for (int m = 3; m <= 6; m++) {
                doc("work-log", Period.month(old, m).label(), Period.month(old, m).end(), null);
            }
            for (int q = 1; q <= 2; q++) {
                doc("quarterly-summary", Period.quarter(old, q).label(), Period.quarter(old, q).end().plusDays(10), null);
            }
            for (int q = 1; q <= 3; q++) {
                doc("sign-in-sheet", Period.quarter(old, q).label(), Period.quarter(old, q).start().plusDays(20), null);
            }
            for (int m = 10; m <= 12; m++) {
                Map<String, String> d = doc("bank-statement", Period.month(old, m).label(), Period.month(old, m).end(), null);
                if (m == 12) {
                    d.put(RecordProperty.HOLD.key(), "true");
                    d.put(RecordProperty.HOLD_REASON.key(), "区审计局专项审计进行中");
                }
            }
        }

        /** Fills every slot the framework asks for, except the deliberate gaps. */
        void fill(Framework framework, List<DeliberateGap> deliberate) {
            for (int round = 0; round < 6; round++) {
                Assessment a = engine.assess(framework, index(), evaluation, evaluation.end().plusYears(2));
                int added = 0;
                for (var leaf : (Iterable<org.swarchive.evidence.IndicatorResult>) a.allIndicators()::iterator) {
                    for (RequirementResult rr : leaf.requirements()) {
                        for (SlotOutcome o : rr.slots()) {
                            if (o.status() != SlotOutcome.Status.FILLED) {
                                added += fillSlot(o, deliberate);
                            }
                        }
                    }
                }
                if (added == 0) {
                    return;
                }
            }
        }

        private int fillSlot(SlotOutcome outcome, List<DeliberateGap> deliberate) {
            EvidenceSlot slot = outcome.slot();
            EvidenceRequirement req = slot.requirement();
            String type = req.docTypes().get(0);
            DeliberateGap gap = deliberate.stream().filter(g -> req.docTypes().contains(g.docType())
                    && g.matches(g.docType(), slot.periodLabel(), slot.subject())).findFirst().orElse(null);
            if (gap != null) {
                if (!deliberateUsed.contains(gap)) {
                    deliberateUsed.add(gap);
                    if (req.sum() != null) {
                        // Some evidence, but not enough: two trainings of 24 hours against 72.
                        addForSlot(gap.docType(), slot, req, 2);
                    }
                }
                return 0;
            }
            int n;
            if (req.sum() != null) {
                BigDecimal have = outcome.sum() == null ? BigDecimal.ZERO : outcome.sum();
                BigDecimal need = req.sum().min().subtract(have).max(BigDecimal.ZERO);
                n = Math.max(req.min() - outcome.evidence().size(),
                        need.divide(TRAINING_HOURS, 0, java.math.RoundingMode.CEILING).intValue());
            } else {
                n = req.min() - outcome.evidence().size();
            }
            addForSlot(type, slot, req, Math.max(1, n));
            return Math.max(1, n);
        }

        private void addForSlot(String type, EvidenceSlot slot, EvidenceRequirement req, int n) {
            for (int i = 0; i < n; i++) {
                Map<String, String> d;
                if (slot.period() != null) {
                    LocalDate date = slot.period().end().isAfter(evaluation.end()) ? evaluation.end() : slot.period().end();
                    d = doc(type, slot.periodLabel(), date.minusDays(i), slot.subject());
                } else {
                    LocalDate start = slot.due().minus(req.due());
                    LocalDate date = start.plusDays(2 + i);
                    if (date.isAfter(evaluation.end())) {
                        date = evaluation.end().minusDays(i);
                    }
                    if (req.validFor() != null && !date.isAfter(evaluation.end().minus(req.validFor()))) {
                        date = evaluation.end().minus(req.validFor()).plusDays(30 + i);
                    }
                    d = doc(type, null, date, slot.subject());
                }
                if (req.sum() != null) {
                    d.put(req.sum().property(), TRAINING_HOURS.toPlainString());
                }
            }
        }

        /** One record with a typo in its period, as a station would have: the check names it. */
        void badMetadataExample() {
            Map<String, String> d = doc("work-log", null, null, null);
            d.put(RecordProperty.PERIOD.key(), year + "-13");
            d.put("name", "工作日志（补录）");
        }

        private EvidenceIndex index() {
            RecordReader reader = new RecordReader(catalogue);
            EvidenceIndex.Builder b = EvidenceIndex.builder();
            for (int i = 0; i < docs.size(); i++) {
                b.add(reader.read("plan/" + i, "plan", docs.get(i)).record());
            }
            return b.build();
        }

        /** A new record's properties; name and folder are worked out when the plan is finished. */
        private Map<String, String> doc(String type, String period, LocalDate date, String subject) {
            DocType t = catalogue.find(type).orElseThrow(() -> new IllegalStateException("no doc type " + type));
            Map<String, String> d = new LinkedHashMap<>();
            d.put("type", t.category().recordType());
            d.put("aspects", "swa:retention");
            d.put(RecordProperty.DOC_TYPE.key(), type);
            if (period != null) {
                d.put(RecordProperty.PERIOD.key(), period);
            }
            if (date != null) {
                d.put(RecordProperty.DOCUMENT_DATE.key(), date.toString());
            }
            if (subject != null) {
                t.subject().ifPresent(kind -> d.put(kind.idProperty().key(), subject));
            }
            d.put(RecordProperty.RETENTION.key(), t.retention().code());
            d.put(RecordProperty.CONFIDENTIALITY.key(), confidentialityOf(t));
            docs.add(d);
            return d;
        }

        private String confidentialityOf(DocType t) {
            if (t.subject().filter(s -> s == SubjectKind.CASE).isPresent()) {
                return "sensitive";
            }
            return switch (t.category()) {
                case PERSONNEL -> "confidential";
                case FINANCE, ASSETS -> "internal";
                default -> t.id().equals("publicity") || t.id().equals("honor") ? "public" : "internal";
            };
        }

        /** Names, folders, archive codes (drawn in order, sequential per series) and contents, in a stable order. */
        List<PlannedDocument> finish() {
            List<Map<String, String>> ordered = new ArrayList<>(docs);
            ordered.sort(Comparator.comparing((Map<String, String> d) -> categoryOf(d).ordinal())
                    .thenComparing(d -> yearOf(d)).thenComparing(d -> d.get(RecordProperty.RETENTION.key()))
                    .thenComparing(d -> d.getOrDefault(RecordProperty.DOCUMENT_DATE.key(), ""))
                    .thenComparing(d -> d.get(RecordProperty.DOC_TYPE.key()))
                    .thenComparing(d -> d.getOrDefault(RecordProperty.STAFF_ID.key(), d.getOrDefault(RecordProperty.CASE_ID.key(), ""))));
            List<InboxPick> picks = new ArrayList<>(inboxPicks(year));
            Map<String, Integer> names = new HashMap<>();
            List<PlannedDocument> out = new ArrayList<>(ordered.size());
            for (Map<String, String> d : ordered) {
                DocType t = catalogue.find(d.get(RecordProperty.DOC_TYPE.key())).orElseThrow();
                Category c = categoryOf(d);
                int y = yearOf(d);
                String retention = d.get(RecordProperty.RETENTION.key());
                String folder = c.label().in(Language.ZH) + "/" + y + "/" + t.retention().label().in(Language.ZH);
                String title = d.remove("name");
                if (title == null) {
                    title = titleOf(t, d);
                }
                DemoDocuments.Format format = formatOf(t);
                InboxPick pick = picks.stream().filter(p -> p.matches(d)).findFirst().orElse(null);
                if (pick != null) {
                    // Left in the inbox, unnumbered: swa file reads, numbers and files it.
                    picks.remove(pick);
                    out.add(new PlannedDocument(INBOX, pick.fileName(), Map.of(), pick.format(), contentOf(t, d, null)));
                    continue;
                }
                String base = folder + "/" + safe(title);
                int dup = names.merge(base, 1, Integer::sum);
                String fileName = safe(title) + (dup > 1 ? "-" + dup : "") + "." + format.extension();
                if (!d.containsKey(RecordProperty.PERIOD.key()) || Period.parse(d.get(RecordProperty.PERIOD.key())).isPresent()) {
                    d.put(RecordProperty.ARCHIVE_CODE.key(),
                            codes.apply(new ArchiveSeries(options.fonds(), c.classCode(), y, retention)).toString());
                } else {
                    badMetadata.add(folder + "/" + fileName + MetadataFile.SUFFIX);
                }
                d.put("cm:title", title);
                out.add(new PlannedDocument(folder, fileName, d, format, contentOf(t, d, d.get(RecordProperty.ARCHIVE_CODE.key()))));
            }
            return out;
        }

        private Category categoryOf(Map<String, String> d) {
            return catalogue.find(d.get(RecordProperty.DOC_TYPE.key())).orElseThrow().category();
        }

        private int yearOf(Map<String, String> d) {
            return Period.parse(d.get(RecordProperty.PERIOD.key())).map(Period::year)
                    .or(() -> java.util.Optional.ofNullable(d.get(RecordProperty.DOCUMENT_DATE.key())).map(s -> LocalDate.parse(s).getYear()))
                    .orElse(year);
        }

        private String titleOf(DocType t, Map<String, String> d) {
            StringBuilder s = new StringBuilder();
            String period = d.get(RecordProperty.PERIOD.key());
            if (period != null) {
                s.append(period).append('-');
            } else if (d.containsKey(RecordProperty.DOCUMENT_DATE.key())) {
                s.append(d.get(RecordProperty.DOCUMENT_DATE.key())).append('-');
            }
            s.append(t.shortLabel());
            String staff = d.get(RecordProperty.STAFF_ID.key());
            if (staff != null && t.id().equals(SubjectKind.STAFF.registerDocType()) && staffNames.containsKey(staff)) {
                // The staff register's 题名 as the filer writes it, so filing by name finds the demo's people.
                return SubjectRoster.title(s.toString(), staff, staffNames.get(staff));
            }
            if (staff != null) {
                s.append('-').append(staff).append(staffNames.getOrDefault(staff, ""));
            }
            String caseId = d.get(RecordProperty.CASE_ID.key());
            if (caseId != null) {
                s.append('-').append(caseId);
            }
            return s.toString();
        }

        /** What the document says: a heading naming station, period and type, then the register facts. */
        private DemoDocuments.Content contentOf(DocType t, Map<String, String> d, String code) {
            Optional<Period> period = Optional.ofNullable(d.get(RecordProperty.PERIOD.key())).flatMap(Period::parse);
            Optional<LocalDate> date = Optional.ofNullable(d.get(RecordProperty.DOCUMENT_DATE.key())).map(LocalDate::parse);
            String title = options.stationName() + period.map(DemoStationGenerator::periodZh).orElse("") + t.shortLabel();
            List<String> lines = new ArrayList<>();
            lines.add("文档类型：" + t.label().zh() + " / " + t.label().en());
            period.ifPresent(p -> lines.add("所属期间：" + periodZh(p)));
            String staff = d.get(RecordProperty.STAFF_ID.key());
            if (staff != null) {
                lines.add("员工编号：" + staff + "（" + staffNames.getOrDefault(staff, "") + "）");
            }
            Optional.ofNullable(d.get(RecordProperty.CASE_ID.key())).ifPresent(id -> lines.add("个案编号：" + id));
            fact(lines, d, RecordProperty.EMPLOYED_FROM, "入职日期");
            fact(lines, d, RecordProperty.EMPLOYED_UNTIL, "离职日期");
            fact(lines, d, RecordProperty.CASE_OPENED, "接案日期");
            fact(lines, d, RecordProperty.CASE_CLOSED, "结案日期");
            Optional.ofNullable(d.get(RecordProperty.HOURS.key())).ifPresent(h -> lines.add("培训学时：" + h));
            lines.add("档号：" + (code == null ? "（待编）" : code));
            lines.addAll(BODY.getOrDefault(t.category(), List.of()));
            date.ifPresent(x -> lines.add("成文日期：" + dateZh(x)));
            lines.add("（演示数据，由 swa demo 生成 / demo data made by swa demo）");
            return new DemoDocuments.Content(title, lines, Optional.ofNullable(staff).map(s -> staffNames.getOrDefault(s, s))
                    .or(() -> Optional.of("站办公室")), date.or(() -> period.map(Period::end)));
        }

        private void fact(List<String> lines, Map<String, String> d, RecordProperty p, String label) {
            Optional.ofNullable(d.get(p.key())).flatMap(v -> Optional.ofNullable(v.length() == 10 ? LocalDate.parse(v) : null))
                    .ifPresent(v -> lines.add(label + "：" + dateZh(v)));
        }
    }

    private static final Map<Category, List<String>> BODY = Map.of(
            Category.DOCUMENTS, List.of("一、主要工作情况", "本期按计划开展各项工作，服务台账完整。", "二、存在的问题与下一步打算",
                    "进一步规范档案管理，按时归档。"),
            Category.SERVICE, List.of("服务过程：社工按服务计划开展服务，服务对象积极参与。", "服务成效：目标基本达成，需持续跟进。"),
            Category.FINANCE, List.of("项目\t金额（元）", "本期收入\t120000", "本期支出\t98650.5", "结余\t21349.5"),
            Category.ASSETS, List.of("名称\t数量\t存放地点", "办公电脑\t4\t站办公室", "活动物资\t30\t仓库"),
            Category.PERSONNEL, List.of("所在岗位：一线社工", "情况说明：资料已核对无误。"));

    /** A document the demo leaves in the inbox: which planned record, under what name, in what format. */
    private record InboxPick(String docType, String period, String subject, String fileName, DemoDocuments.Format format) {
        boolean matches(Map<String, String> d) {
            return docType.equals(d.get(RecordProperty.DOC_TYPE.key()))
                    && (period == null || period.equals(d.get(RecordProperty.PERIOD.key())))
                    && (subject == null || subject.equals(d.get(RecordProperty.STAFF_ID.key()))
                    || subject.equals(d.get(RecordProperty.CASE_ID.key())));
        }
    }

    /**
     * The records the demo drops into the inbox instead of filing: tidy names and the names
     * people really give files. Each states its type and period plainly, so the filer files it
     * with the same facts the plan had and the check finds exactly the deliberate gaps.
     */
    private static List<InboxPick> inboxPicks(int y) {
        DemoDocuments.Format docx = DemoDocuments.Format.DOCX;
        DemoDocuments.Format pdf = DemoDocuments.Format.PDF;
        DemoDocuments.Format xlsx = DemoDocuments.Format.XLSX;
        return List.of(
                new InboxPick("monthly-summary", y + "-03", null, "3月总结(终稿)(2).docx", docx),
                new InboxPick("monthly-summary", y + "-06", null, y + "-06-月度工作总结.docx", docx),
                new InboxPick("meeting-minutes", y + "-05", null, "新建 Microsoft Word 文档 (2).docx", docx),
                new InboxPick("meeting-minutes", y + "-10", null, y + "年10月站务会议纪要.pdf", pdf),
                new InboxPick("quarterly-summary", y + "-Q2", null, "扫描件002.pdf", pdf),
                new InboxPick("supervision-record", y + "-08", null, "督导记录 8月.docx", docx),
                new InboxPick("financial-report-monthly", y + "-Q3", null, y + "年第三季度财务报表.xlsx", xlsx),
                new InboxPick("training-record", String.valueOf(y), "S02", "培训记录-李娜.docx", docx),
                new InboxPick("case-record", y + "-Q2", null, "个案服务记录(1).docx", docx),
                new InboxPick("work-log", y + "-02", null, "工作日志二月.docx", docx));
    }

    /** Registers and money in spreadsheets, certificates and contracts as PDFs, the rest in Word. */
    static DemoDocuments.Format formatOf(DocType t) {
        return switch (t.id()) {
            case "voucher", "ledger", "bank-statement", "financial-report-monthly", "financial-report-annual", "budget",
                 "asset-register", "inventory-check", "issue-record", "sign-in-sheet", "volunteer-register" -> DemoDocuments.Format.XLSX;
            case "qualification-certificate", "honor", "service-contract", "labour-contract", "audit-report", "asset-card" ->
                    DemoDocuments.Format.PDF;
            default -> DemoDocuments.Format.DOCX;
        };
    }

    static String periodZh(Period p) {
        return switch (p.kind()) {
            case YEAR -> p.year() + "年度";
            case QUARTER -> p.year() + "年第" + "一二三四".charAt(p.start().getMonthValue() / 3) + "季度";
            case MONTH -> p.year() + "年" + p.start().getMonthValue() + "月";
            case DAY, WEEK -> dateZh(p.start());
        };
    }

    static String dateZh(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** A file name valid on Windows and Unix alike. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_").trim();
    }
}
