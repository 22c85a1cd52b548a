package dev.hallplan.samples.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Structurally valid projects with hostile values: one to three values of a valid file replaced by
 * NaN, ±Infinity, 0, negatives, 1e308, 1e400, numbers beyond int and long, control characters,
 * blank or enormous strings, unknown enum names, repeated ids, empty or huge arrays (a profile of
 * 100,000 values, a rack repeated 500 times), removed or unknown fields, wrong format versions, text
 * after the document, or a plausible change (a number scaled by 0.5..2, a valid 8760-hour profile)
 * that should pass. Deterministic for a seed.
 */
final class HostileValues {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Tokens JSON does not have; written into the text after serialising. */
    private static final String[] RAW = {"NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1" + "0".repeat(400)};
    private static final double[] NUMBERS = {0, -0.0, -1, -1e-300, 1e-300, 1e308, -1e308, 2_147_483_648.0, 9.3e18, 1e30, 1.5,
        -2_147_483_649.0, 1e10, 1e-9, 86_401, 1e6, 3e8};

    private final JsonNode base;

    HostileValues(String baseJson) throws JsonProcessingException {
        this.base = MAPPER.readTree(baseJson);
    }

    /** A hostile file and what was done to it. */
    record Case(byte[] bytes, String change) {
    }

    Case next(SplittableRandom random) {
        JsonNode tree = base.deepCopy();
        List<String> raw = new ArrayList<>();
        StringBuilder change = new StringBuilder();
        int mutations = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
        for (int i = 0; i < mutations; i++) {
            change.append(mutate(tree, random, raw)).append("; ");
        }
        String text = ProjectText.pretty(tree);
        for (int i = 0; i < raw.size(); i++) {
            text = text.replace("\"__raw" + i + "__\"", raw.get(i));
        }
        int tail = random.nextInt(200);
        if (tail == 0) {
            text += "{ \"formatVersion\" : 1 }";
            change.append("a second document");
        } else if (tail == 1) {
            text += "}";
            change.append("a stray brace");
        }
        return new Case(text.getBytes(StandardCharsets.UTF_8), change.toString());
    }

    private static String mutate(JsonNode tree, SplittableRandom random, List<String> raw) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, "$", slots);
        Slot slot = slots.get(random.nextInt(slots.size()));
        JsonNode old = slot.value();
        JsonNode v;
        if (slot.key().equals("formatVersion")) {
            v = pick(random, F.numberNode(0), F.numberNode(2), F.numberNode(-1), F.textNode("1"), F.numberNode(1.5), F.nullNode(),
                    rawToken(random, raw));
        } else if (old.isNumber()) {
            v = number(old, random, raw);
        } else if (old.isTextual()) {
            v = text(old, random, tree);
        } else if (old.isBoolean()) {
            v = pick(random, F.booleanNode(!old.asBoolean()), F.nullNode(), F.numberNode(1), F.textNode("true"));
        } else if (old.isArray()) {
            v = array((ArrayNode) old, random);
        } else if (old.isObject()) {
            v = object((ObjectNode) old, random);
        } else {
            v = pick(random, F.numberNode(0), F.textNode("x"), F.objectNode(), F.arrayNode());
        }
        slot.set(v);
        String shown = v.toString();
        return slot.path() + " = " + (shown.length() > 60 ? shown.substring(0, 60) + "…(" + shown.length() + " chars)" : shown);
    }

    private static JsonNode number(JsonNode old, SplittableRandom random, List<String> raw) {
        int k = random.nextInt(100);
        if (k < 12) {
            return rawToken(random, raw);
        }
        if (k < 14) {
            // plausible: the value scaled a little, or nudged
            double[] factors = {0.5, 0.8, 0.9, 1.1, 1.25, 2};
            double d = old.asDouble() * factors[random.nextInt(factors.length)];
            return old.isIntegralNumber() ? F.numberNode(Math.round(d)) : F.numberNode(d);
        }
        if (k < 22) {
            return F.numberNode(old.asDouble() * 1000);
        }
        return F.numberNode(NUMBERS[random.nextInt(NUMBERS.length)]);
    }

    private static JsonNode rawToken(SplittableRandom random, List<String> raw) {
        raw.add(RAW[random.nextInt(RAW.length)]);
        return F.textNode("__raw" + (raw.size() - 1) + "__");
    }

    private static JsonNode text(JsonNode old, SplittableRandom random, JsonNode tree) {
        String s = old.asText();
        return switch (random.nextInt(16)) {
            case 0 -> F.textNode("");
            case 1 -> F.textNode("  ");
            case 2 -> F.textNode(s + "\n" + s);
            case 3 -> F.textNode(s.substring(0, s.length() / 2) + "\u0000" + s.substring(s.length() / 2));
            case 4 -> F.textNode("x".repeat(100_000));
            case 5 -> F.textNode("N_PLUS_1");
            case 6 -> F.textNode("Ωμέγα ✓ \u2028");
            case 7 -> F.textNode(anotherText(tree, random));
            case 8 -> F.textNode(s.toLowerCase(java.util.Locale.ROOT));
            case 9 -> F.numberNode(7);
            case 10 -> F.textNode(s + " (b)"); // plausible for names and descriptions
            case 11 -> F.arrayNode().add(s);
            case 12 -> F.textNode(s.isEmpty() ? "x" : s.substring(1));
            case 13 -> F.textNode("Ωμέγα ✓");
            default -> F.nullNode();
        };
    }

    private static JsonNode array(ArrayNode old, SplittableRandom random) {
        int k = random.nextInt(8);
        if (k == 0 || old.isEmpty()) {
            return F.arrayNode();
        }
        ArrayNode a = old.deepCopy();
        if (k == 1) {
            a.add(old.get(random.nextInt(old.size())).deepCopy());
            return a;
        }
        if (k == 2) {
            a.remove(a.size() - 1);
            return a;
        }
        if (k == 3 && old.get(0).isNumber()) {
            ArrayNode year = F.arrayNode();
            for (int h = 0; h < 8760; h++) {
                year.add(Math.round(random.nextDouble() * 1000) / 1000.0);
            }
            return year; // a valid year-long profile of fractions: plausible for shares and factors
        }
        if (k == 4) {
            ArrayNode huge = F.arrayNode();
            JsonNode e = old.get(0);
            int n = e.isNumber() ? 100_000 : 500;
            for (int i = 0; i < n; i++) {
                huge.add(e.deepCopy());
            }
            return huge;
        }
        return pick(random, F.nullNode(), F.textNode("[]"), F.objectNode(), F.arrayNode().add(F.nullNode()));
    }

    private static JsonNode object(ObjectNode old, SplittableRandom random) {
        ObjectNode o = old.deepCopy();
        List<String> fields = new ArrayList<>();
        o.fieldNames().forEachRemaining(fields::add);
        int k = random.nextInt(4);
        if (k == 0 && !fields.isEmpty()) {
            o.remove(fields.get(random.nextInt(fields.size())));
            return o;
        }
        if (k == 1) {
            o.put("unknownField", 1);
            return o;
        }
        return pick(random, F.nullNode(), F.arrayNode(), F.textNode("{}"));
    }

    /** Some other text of the file: a repeated id, a name where an id belongs. */
    private static String anotherText(JsonNode tree, SplittableRandom random) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, "$", slots);
        List<String> texts = slots.stream().filter(s -> s.value().isTextual()).map(s -> s.value().asText()).toList();
        return texts.get(random.nextInt(texts.size()));
    }

    private static JsonNode pick(SplittableRandom random, JsonNode... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** A place holding a value: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String key, int index, String path, JsonNode value) {
        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String p = path + "." + e.getKey();
                slots.add(new Slot(node, e.getKey(), -1, p, e.getValue()));
                collect(e.getValue(), p, slots);
            });
        } else if (node.isArray()) {
            // a long profile counts once, not 8760 times
            int n = node.size() > 24 && node.get(0).isNumber() ? 1 : node.size();
            for (int i = 0; i < n; i++) {
                String p = path + "[" + i + "]";
                slots.add(new Slot(node, "", i, p, node.get(i)));
                collect(node.get(i), p, slots);
            }
        }
    }
}
