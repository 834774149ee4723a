"""marsad.export"""
