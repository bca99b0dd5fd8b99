package org.schoolimprovement.cycle;

public enum Rag {
  RED, AMBER, GREEN
}
