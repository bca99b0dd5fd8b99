package org.schoolimprovement.intervention;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterventionRepository extends JpaRepository<Intervention, Long> {

  Optional<Intervention> findFirstByUrnAndStatus(String urn, Intervention.Status status);

  List<Intervention> findByStatus(Intervention.Status status);
}

interface InterventionBoardRepository extends JpaRepository<InterventionBoard, Long> {

  List<InterventionBoard> findByInterventionIdOrderByNumber(Long interventionId);
}
