package org.swarchive.app;

import java.nio.file.Path;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import picocli.CommandLine.Option;

/** Options every store command shares. */
final class CommonOptions {

    @Option(names = "--store", paramLabel = "folder:PATH|alfresco:URL", defaultValue = "folder:.",
            description = "The station's store (default: the current folder). Credentials come from the environment, never from here.")
    String store;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "A station catalogue file that adds or overrides document types.")
    Path catalogue;

    @Option(names = "--lang", paramLabel = "zh-CN|en", defaultValue = "zh-CN", converter = LanguageConverter.class,
            description = "Language of the output (default zh-CN).")
    Language language;

    /** The language asked for; Chinese when the options are not parsed yet (picocli fills mixins on parse). */
    static Language languageOf(CommonOptions options) {
        return options == null || options.language == null ? Language.ZH : options.language;
    }

    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromTag(value);
            } catch (InvalidInput unknown) {
                throw new SwaCli.InvalidOption(unknown.reason());
            }
        }
    }
}
