package org.zwgk.catalogue.spring;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.InvalidMediaTypeException;
import org.zwgk.catalogue.spring.CheckRefusedException.Reason;
import org.zwgk.catalogue.spring.internal.ServiceMessages;

/**
 * The report formats the service writes, each with its media type and file extension, and how a request picks
 * one: by {@code format=}, else by {@code Accept}, else JSON.
 */
public enum ReportFormat {
    /** The command line's {@code check --format json}. */
    JSON("json", "application/json", "json"),
    /** SARIF 2.1.0. */
    SARIF("sarif", "application/sarif+json", "sarif"),
    /** One self-contained page. */
    HTML("html", "text/html;charset=UTF-8", "html"),
    /** The uploaded workbook annotated, or the findings sheet in a new workbook. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** One row per finding. */
    CSV("csv", "text/csv;charset=UTF-8", "csv"),
    /** JUnit XML. */
    JUNIT("junit", "application/xml", "xml"),
    /** Plain text, as a terminal shows it. */
    TEXT("text", "text/plain;charset=UTF-8", "txt");

    private final String name;
    private final MediaType mediaType;
    private final String extension;

    ReportFormat(String name, String mediaType, String extension) {
        this.name = name;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.extension = extension;
    }

    /** The renderer's short name. */
    public String rendererName() {
        return name;
    }

    /** The response's content type. */
    public MediaType mediaType() {
        return mediaType;
    }

    /** The download's file extension. */
    public String extension() {
        return extension;
    }

    /** The format by its short name. */
    public static Optional<ReportFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.toLowerCase(Locale.ROOT).strip())).findFirst();
    }

    /** {@code format} when given (400 when unknown), else the first format {@code accept} takes (406 if none). */
    public static ReportFormat choose(Optional<String> format, Optional<String> accept) {
        if (format.isPresent() && !format.get().isBlank()) {
            return byName(format.get()).orElseThrow(() -> new CheckRefusedException(Reason.BAD_PARAMETER,
                    ServiceMessages.problem("parameter.format", "format", format.get(), names())));
        }
        if (accept.isEmpty() || accept.get().isBlank()) {
            return JSON;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept.get()).stream()
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        } catch (InvalidMediaTypeException e) {
            return JSON;
        }
        for (MediaType a : accepted) {
            for (ReportFormat f : values()) {
                if (a.getQualityValue() > 0 && a.includes(f.mediaType)) {
                    return f;
                }
            }
        }
        throw new CheckRefusedException(Reason.NOT_ACCEPTABLE,
                ServiceMessages.problem("parameter.accept", "Accept", accept.get(), mediaTypes()));
    }

    /** Every short name, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }

    private static String mediaTypes() {
        return Arrays.stream(values()).map(f -> f.mediaType.getType() + "/" + f.mediaType.getSubtype())
                .collect(Collectors.joining(", "));
    }
}
