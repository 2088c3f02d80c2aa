package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A request as the web portal and the GOPPU app send it. Every field is text so that a wrong
 * value is reported by field instead of failing the whole body; a value that is no JSON string
 * (a number, an array, an object) is refused naming its field.
 */
@Schema(description = "A citizen's request from a channel")
public record CaseSubmission(
        @Schema(
                description = "The channel's own id of the request; the same id again returns the same case",
                example = "WEB-2026-000123",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonDeserialize(using = TextOnly.class)
        String externalId,

        @Schema(description = "Must match the API key's channel if given", example = "WEB")
        @JsonDeserialize(using = TextOnly.class)
        String channel,

        @Schema(
                description = "KTP, KK, KIA, BIRTH_CERT, MARRIAGE_CERT, DIVORCE_CERT, DEATH_CERT or an Indonesian name "
                        + "such as E-KTP, AKTA LAHIR",
                example = "KTP",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonDeserialize(using = TextOnly.class)
        String serviceType,

        @Schema(description = "16-digit NIK", example = "6409014501900003", requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonDeserialize(using = TextOnly.class)
        String nik,

        @Schema(example = "Siti Aminah", requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonDeserialize(using = TextOnly.class)
        String applicantName,

        @Schema(
                description = "Kemendagri village code, or a village name that denotes one village",
                example = "64.09.01.1009",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonDeserialize(using = TextOnly.class)
        String villageCode,

        @Schema(example = "081234567890") @JsonDeserialize(using = TextOnly.class)
        String phone,

        @Schema(description = "ISO-8601 with offset; default now", example = "2026-11-28T09:15:00+08:00")
        @JsonDeserialize(using = TextOnly.class)
        String submittedAt,

        @Schema(description = "At most 2000 characters") @JsonDeserialize(using = TextOnly.class)
        String notes) {}
