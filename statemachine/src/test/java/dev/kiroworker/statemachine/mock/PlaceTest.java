package dev.kiroworker.statemachine.mock;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceTest {

  @Test
  void printsPlainKeysJoinedByDots() {
    assertThat(Place.TOP.child("MockedResponses").child("Lock_Busy2"))
        .hasToString("MockedResponses.Lock_Busy2");
  }

  @Test
  void quotesKeysThatAreNotPlainNames() {
    Place place = Place.TOP.child("MockedResponses").child("Lock.Busy").child("1-2");

    assertThat(place).hasToString("MockedResponses.\"Lock.Busy\".\"1-2\"");
  }

  @Test
  void escapesQuotesAndBackslashesInsideQuotedKeys() {
    assertThat(Place.TOP.child("say \"hi\"\\")).hasToString("\"say \\\"hi\\\"\\\\\"");
  }

  @Test
  void callsTheRootTheTopLevel() {
    assertThat(Place.TOP).hasToString("top level");
  }
}
