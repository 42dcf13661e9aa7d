package org.swarchive.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.swarchive.access.AccessPolicy;
import org.swarchive.archive.Period;
import org.swarchive.classify.SlotFiling;
import org.swarchive.evidence.Gap;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import org.swarchive.store.Station;
import org.swarchive.store.StoreException;

/**
 * Closing a gap where it is seen (issue 17 §3): {@code POST /stations/{station}/gaps/upload}, a
 * multipart form on a gap's row of the station page, for the station's staff who may file
 * ({@link AccessPolicy#mayFile}). The slot is the one the current check finds missing (the form
 * only names it); the document is filed at once through the gap upload door ({@link GapUpload}).
 * What contradicts the slot is shown with a confirmation form, the document held in the station's
 * notes for the person ({@link PendingUploads}: a restart or a new sign-in loses nothing, the
 * station page lists it) and filed only on a POST with {@code confirm}, or dropped with {@code cancel}; a document that cannot be read, one too large, one filed before: a clear page,
 * nothing filed. After filing the station is checked again and its page shows the slot filled.
 */
@Controller
class GapUploadController {

    private final Dashboard dashboard;
    private final AccessPolicy policy;
    private final DataSize maxFileSize;

    GapUploadController(Dashboard dashboard, AccessPolicy policy,
                        @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize) {
        this.dashboard = dashboard;
        this.policy = policy;
        this.maxFileSize = maxFileSize;
    }

    /** What the station page says after a document was handed in (a flash attribute, shown once). */
    record Result(boolean filed, String message) {
    }

    @PostMapping("/stations/{station}/gaps/upload")
    String upload(@PathVariable String station,
                  // First: reading the file is what finds one over the size limit (tooLarge), before any other field is looked for.
                  @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam("indicator") String indicator, @RequestParam("docType") String docType,
                  @RequestParam(name = "period", required = false) String period,
                  @RequestParam(name = "subject", required = false) String subject,
                  @RequestParam(name = "pending", required = false) String pending,
                  @RequestParam(name = "confirm", required = false) String confirm,
                  @RequestParam(name = "cancel", required = false) String cancel,
                  @RequestParam(name = "lang", required = false) String tag,
                  Authentication auth, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Viewer viewer = viewer(auth);
        Language lang = PageLanguage.of(tag);
        Links links = new Links(viewer, lang);
        // Who may not file here is refused before anything is looked up (read-only roles, other stations' staff).
        if (!AccessPolicy.mayFile(viewer.person(), station).allowed() || !dashboard.upload().available()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Station s = dashboard.board().station(station).filter(viewer::maySee)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String back = links.station(s.id()) + "#gaps";
        Optional<Gap> gap = dashboard.board().current(s).result().assessment().gaps().stream()
                .filter(g -> g.indicator().equals(indicator) && g.docTypes().contains(docType) && same(g.period(), period)
                        && same(g.subject(), subject))
                .findFirst();
        PendingUploads held = new PendingUploads(s.state(), dashboard.board().now());
        String person = viewer.person().name();
        boolean fromPending = pending != null && !pending.isBlank();
        if (fromPending && "true".equals(cancel)) {
            held.drop(pending, person);
            return done(redirect, back, false, Message.of("dashboard.upload.cancelled").in(lang));
        }
        if (gap.isEmpty()) {
            if (fromPending) {
                held.drop(pending, person);
            }
            return done(redirect, back, false, Message.of("dashboard.upload.no-gap", indicator).in(lang));
        }
        SlotFiling.Slot slot = new SlotFiling.Slot(indicator, docTypesFirst(gap.get(), docType),
                Optional.ofNullable(gap.get().period()).flatMap(Period::parse), Optional.ofNullable(gap.get().subject()));
        PendingUploads.Held document;
        boolean confirmed = "true".equals(confirm);
        if (fromPending) {
            Optional<PendingUploads.Held> h = held.peek(pending, person, indicator);
            if (h.isEmpty()) {
                return done(redirect, back, false, Message.of("dashboard.upload.expired").in(lang));
            }
            document = h.get();
        } else if (file == null || file.isEmpty() || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            return done(redirect, back, false, Message.of("dashboard.upload.no-file").in(lang));
        } else {
            confirmed = false;
            document = receive(file);
        }
        try {
            SlotFiling.Outcome outcome = dashboard.upload().file(s, slot, document.file(), document.name(), confirmed, (SignedIn) auth.getPrincipal());
            if (fromPending && !(outcome instanceof SlotFiling.Contradicts) && !(outcome instanceof SlotFiling.Unreadable)) {
                // Filed, a copy of a record, or taken by another filing: nothing waits any more.
                held.drop(pending, person);
            }
            if (outcome instanceof SlotFiling.Filed f) {
                dashboard.board().recheck(s);
                return done(redirect, back, true, Message.of("dashboard.upload.filed", document.name(), f.code(), f.filedAs()).in(lang));
            }
            if (outcome instanceof SlotFiling.Duplicate d) {
                return done(redirect, back, false, Message.of("dashboard.upload.duplicate", document.name(), d.filedAs()).in(lang));
            }
            if (outcome instanceof SlotFiling.Gone) {
                return done(redirect, back, false, Message.of("dashboard.upload.gone", document.name()).in(lang));
            }
            if (outcome instanceof SlotFiling.Contradicts c) {
                // Held in the station's notes until the person confirms (the same note again when it came from there).
                String token = fromPending ? pending : held.hold(document, person, indicator, docType, gap.get().period(), gap.get().subject());
                return page(model, viewer, lang, s, gap.get(), docType, document.name(), c.contradictions(), token, null);
            }
            SlotFiling.Unreadable u = (SlotFiling.Unreadable) outcome;
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, viewer, lang, s, gap.get(), docType, document.name(), List.of(), null,
                    Message.of("dashboard.upload.unreadable", document.name(), u.reason()).in(lang));
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return page(model, viewer, lang, s, gap.get(), docType, document.name(), List.of(), null, e.in(lang));
        } catch (StoreException e) {
            if (e.permissionDenied()) {
                // The repository itself refused this person the write: nothing of it stays there, and who must grant it is said.
                response.setStatus(HttpStatus.FORBIDDEN.value());
                return page(model, viewer, lang, s, gap.get(), docType, document.name(), List.of(), null,
                        Message.of("dashboard.upload.refused", document.name(), viewer.person().name(), e.reason()).in(lang));
            }
            // Nothing filed: the filer put the document back (or never took it); the person still has it.
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            return page(model, viewer, lang, s, gap.get(), docType, document.name(), List.of(), null,
                    Message.of("dashboard.upload.unavailable", document.name(), e.reason()).in(lang));
        } finally {
            document.delete();
        }
    }

    /** Larger than the server takes (spring.servlet.multipart.max-file-size): said plainly, nothing kept. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(jakarta.servlet.http.HttpServletRequest request, Authentication auth, Model model, HttpServletResponse response) {
        Viewer viewer = viewer(auth);
        Language lang = PageLanguage.of(request.getParameter("lang"));
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        common(model, viewer, lang);
        model.addAttribute("problem", Message.of("dashboard.upload.too-large", size(maxFileSize)).in(lang));
        model.addAttribute("back", new Links(viewer, lang).home());
        model.addAttribute("contradictions", List.of());
        model.addAttribute("title", Message.of("dashboard.upload.title").in(lang));
        return "upload";
    }

    /** 50 MB, 64 KB: as a person reads a limit. */
    static String size(DataSize limit) {
        return limit.toBytes() >= DataSize.ofMegabytes(1).toBytes() && limit.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0
                ? limit.toMegabytes() + " MB" : limit.toKilobytes() + " KB";
    }

    private static String done(RedirectAttributes redirect, String back, boolean filed, String message) {
        redirect.addFlashAttribute("upload", new Result(filed, message));
        return "redirect:" + back;
    }

    private String page(Model model, Viewer viewer, Language lang, Station s, Gap gap, String docType, String name, List<Text> contradictions,
                        String token, String problem) {
        Links links = new Links(viewer, lang);
        common(model, viewer, lang);
        model.addAttribute("title", Message.of("dashboard.upload.title").in(lang));
        model.addAttribute("station", s.id());
        model.addAttribute("gap", gap);
        model.addAttribute("docType", docType);
        model.addAttribute("name", name);
        model.addAttribute("contradictions", contradictions.stream().map(t -> t.in(lang)).toList());
        model.addAttribute("pending", token);
        model.addAttribute("problem", problem);
        model.addAttribute("action", links.upload(s.id()));
        model.addAttribute("back", links.station(s.id()) + "#gaps");
        return "upload";
    }

    private void common(Model model, Viewer viewer, Language lang) {
        Language other = lang == Language.EN ? Language.ZH : Language.EN;
        model.addAttribute("lang", lang);
        model.addAttribute("links", new Links(viewer, lang));
        model.addAttribute("viewer", viewer);
        model.addAttribute("person", viewer.person());
        model.addAttribute("evaluatorView", false);
        model.addAttribute("switchUrl", new Links(viewer, other).home());
        model.addAttribute("otherLang", other);
        model.addAttribute("board", dashboard.board());
    }

    /** The uploaded document in a temporary file of this server, under its own name (the last part of what the browser sent). */
    private static PendingUploads.Held receive(MultipartFile file) {
        String original = file.getOriginalFilename().replace('\\', '/');
        String name = original.substring(original.lastIndexOf('/') + 1).strip();
        try {
            Path temp = Files.createTempFile("swa-upload-", ".part");
            file.transferTo(temp);
            return new PendingUploads.Held(temp, name.isEmpty() ? "upload" : name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The doc type the person chose first, then the slot's other types. */
    private static List<String> docTypesFirst(Gap gap, String chosen) {
        List<String> types = new java.util.ArrayList<>(List.of(chosen));
        gap.docTypes().stream().filter(t -> !t.equals(chosen)).forEach(types::add);
        return types;
    }

    private static boolean same(String slotValue, String given) {
        String g = given == null || given.isBlank() ? null : given.strip();
        return java.util.Objects.equals(slotValue, g);
    }

    private Viewer viewer(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof SignedIn signedIn)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ReadinessBoard board = dashboard.board();
        return new Viewer(signedIn.person(), policy, board.catalogue(), board.now());
    }
}
