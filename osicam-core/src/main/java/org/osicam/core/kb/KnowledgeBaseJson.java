package org.osicam.core.kb;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Function;
import org.osicam.core.model.CustomerId;
import org.osicam.core.model.ScoreKey;

/** JSON form of a {@link WriteBatch}: the export format of the knowledge base. */
final class KnowledgeBaseJson {
  private KnowledgeBaseJson() {}

  static final ObjectMapper MAPPER = mapper();

  private static ObjectMapper mapper() {
    SimpleModule ids = new SimpleModule("osicam-ids");
    asString(ids, CustomerId.class, CustomerId::value, CustomerId::of);
    asString(ids, ScoreKey.class, ScoreKey::name, ScoreKey::of);
    ids.addKeyDeserializer(
        CustomerId.class,
        new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) {
            return CustomerId.of(key);
          }
        });
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(ids)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static <T> void asString(
      SimpleModule module, Class<T> type, Function<T, String> write, Function<String, T> read) {
    module.addSerializer(
        type,
        new JsonSerializer<T>() {
          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
              throws IOException {
            gen.writeString(write.apply(value));
          }
        });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read.apply(p.getValueAsString());
          }
        });
  }

  static void write(WriteBatch batch, OutputStream out) throws IOException {
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), batch);
  }

  static WriteBatch read(InputStream in) throws IOException {
    return MAPPER.readValue(
        new java.io.FilterInputStream(in) {
          @Override
          public void close() {}
        },
        WriteBatch.class);
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
