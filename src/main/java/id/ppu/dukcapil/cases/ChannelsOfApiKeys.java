package id.ppu.dukcapil.cases;

import id.ppu.dukcapil.security.ApiKeyChannels;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** A submit key belongs to one of the case channels, and to nothing else. */
@Component
class ChannelsOfApiKeys implements ApiKeyChannels {

    private static final List<String> NAMES =
            Arrays.stream(Channel.values()).map(Enum::name).toList();

    @Override
    public List<String> names() {
        return NAMES;
    }
}
