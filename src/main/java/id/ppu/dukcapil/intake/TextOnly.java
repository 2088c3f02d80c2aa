package id.ppu.dukcapil.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a JSON string and nothing else: Jackson would otherwise turn {@code 6409014501900003}
 * or {@code true} into text, so that a number-mangling client (a NIK through a spreadsheet or a
 * JavaScript number) is accepted instead of told which field it sent wrongly.
 */
class TextOnly extends StdScalarDeserializer<String> {

    TextOnly() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            return p.getText();
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
