package org.swarchive.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.swarchive.alert.AlertChannel;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.RepositoryMailChannel;

/**
 * Which way alerts go ({@code --channel} of {@code swa alerts send} and {@code swa serve --alerts}):
 * SMTP, or the repository's own mail action. Unless asked, SMTP when it is configured, else the
 * repository — which only stations in Alfresco can use.
 */
final class AlertChannels {

    /** The {@code --channel} values. */
    enum Channel { SMTP, REPOSITORY }

    private AlertChannels() {
    }

    /** @param lang the language the repository's mail action reports its failures in */
    static AlertChannel choose(Channel asked, Supplier<Optional<AlertChannel>> smtp, List<Station> stations, Optional<String> from,
                               Language lang) {
        List<String> folders = stations.stream().filter(s -> !(s.archive() instanceof AlfrescoStore)).map(Station::id).toList();
        if (asked == Channel.REPOSITORY || asked == null && smtp.get().isEmpty() && folders.isEmpty() && !stations.isEmpty()) {
            if (!folders.isEmpty()) {
                throw new InvalidInput(Message.of("app.alerts.repository-needs-alfresco", Text.list(folders)));
            }
            return new RepositoryMailChannel(from, lang);
        }
        return smtp.get().orElseThrow(() -> new InvalidInput(asked == null ? Message.of("app.alerts.no-smtp-or-repository")
                : Message.of("app.alerts.no-smtp")));
    }

    /** picocli's converter: {@code smtp} or {@code repository}, any case. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<Channel> {
        @Override
        public Channel convert(String value) {
            return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "smtp" -> Channel.SMTP;
                case "repository" -> Channel.REPOSITORY;
                default -> throw new picocli.CommandLine.TypeConversionException("--channel: smtp | repository");
            };
        }
    }
}
