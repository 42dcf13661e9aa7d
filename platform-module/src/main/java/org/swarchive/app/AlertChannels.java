package org.swarchive.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.swarchive.alert.AlertChannel;
import org.swarchive.store.alfresco.RepositoryMailChannel;
import org.swarchive.i18n.Language;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoStore;

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

    static AlertChannel choose(Channel asked, Supplier<Optional<AlertChannel>> smtp, List<Station> stations, Optional<String> from,
                               Language lang) {
        boolean en = lang == Language.EN;
        List<String> folders = stations.stream().filter(s -> !(s.archive() instanceof AlfrescoStore)).map(Station::id).toList();
        if (asked == Channel.REPOSITORY || asked == null && smtp.get().isEmpty() && folders.isEmpty() && !stations.isEmpty()) {
            if (!folders.isEmpty()) {
                throw new IllegalArgumentException(en
                        ? "--channel repository: the repository's mail action needs stations in Alfresco; these are folder stores: " + String.join(", ", folders)
                        : "--channel repository：Alfresco 的邮件动作只适用于 Alfresco 中的工作站，以下是文件夹档案库：" + String.join("、", folders));
            }
            return new RepositoryMailChannel(from, lang);
        }
        return smtp.get().orElseThrow(() -> new IllegalArgumentException(en
                ? "SMTP is not configured: set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD) in the environment"
                        + (asked == null ? ", or send through the repository (--channel repository, stations in Alfresco only)" : "")
                : "未配置 SMTP：请在环境变量中设置 SPRING_MAIL_HOST（及 SPRING_MAIL_PORT、SPRING_MAIL_USERNAME、SPRING_MAIL_PASSWORD）"
                        + (asked == null ? "，或经由 Alfresco 发送（--channel repository，仅限 Alfresco 中的工作站）" : "")));
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
