package id.ppu.dukcapil.region;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, String> {}
