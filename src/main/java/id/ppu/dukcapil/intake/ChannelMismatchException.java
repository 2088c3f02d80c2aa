package id.ppu.dukcapil.intake;

import id.ppu.dukcapil.base.DomainException;

/** A submission whose channel is not the channel of the API key that sent it. */
public class ChannelMismatchException extends DomainException {

    public ChannelMismatchException(String bodyChannel, String keyChannel) {
        super("api.error.channelMismatch", bodyChannel, keyChannel);
    }
}
