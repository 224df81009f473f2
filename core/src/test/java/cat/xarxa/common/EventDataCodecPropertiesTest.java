package cat.xarxa.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.xarxa.spi.EventDataCodec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class EventDataCodecPropertiesTest {

    @Property
    void eventDataReadsBackIdenticalInTheSameOrder(@ForAll @Size(max = 8) Map<String, String> data) {
        Map<String, String> ordered = new LinkedHashMap<>(data);

        Map<String, String> decoded = EventDataCodec.decode(EventDataCodec.encode(ordered));

        assertEquals(ordered, decoded);
        assertEquals(new ArrayList<>(ordered.keySet()), new ArrayList<>(decoded.keySet()));
    }
}
